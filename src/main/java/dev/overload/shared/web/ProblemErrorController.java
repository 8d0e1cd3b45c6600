package dev.overload.shared.web;

import dev.overload.shared.errors.ErrorResponseStyle;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (by the servlet container or a filter) end at {@code /error}; answer
 * them with the same body as every other error: problem+json, or the style of the part of the API the
 * original request was for.
 */
@Hidden
@RestController
class ProblemErrorController implements org.springframework.boot.webmvc.error.ErrorController {

    private final List<ErrorResponseStyle> styles;

    ProblemErrorController(List<ErrorResponseStyle> styles) {
        this.styles = styles;
    }

    @RequestMapping(path = "${spring.web.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ApiExceptionHandler.ABOUT_BLANK);
        String originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri : request.getRequestURI();
        try {
            problem.setInstance(URI.create(originalUri));
        } catch (IllegalArgumentException notAUri) {
            // A path the container could not make sense of; the problem is described without it.
        }
        // The request's own filter pass has ended by now; its id survives in the response header.
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId != null) {
            problem.setProperty("request_id", requestId);
        }
        HttpServletRequest original = new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return originalUri;
            }
        };
        for (ErrorResponseStyle style : styles) {
            if (style.appliesTo(original)) {
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(style.body(problem));
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
