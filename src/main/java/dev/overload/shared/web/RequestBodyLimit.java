package dev.overload.shared.web;

import dev.overload.shared.errors.ApiException;
import dev.overload.shared.security.LargeRequestBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses request bodies over the limit with 413 before anything reads or parses them: by their
 * {@code Content-Length}, or, for a body sent in chunks, once more than the limit has arrived (a body within the
 * limit is then handed on from memory). 1 MB unless configured ({@code overload.http.max-request-body}); endpoints
 * that need more declare {@link LargeRequestBodies}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long defaultLimit;
    private final List<LargeRequestBodies> larger;
    private final HandlerExceptionResolver problems;

    RequestBodyLimit(@Value("${overload.http.max-request-body}") DataSize defaultLimit,
            List<LargeRequestBodies> larger,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.defaultLimit = defaultLimit.toBytes();
        this.larger = larger;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new BodyInMemory(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(String path) {
        return larger.stream().filter(bodies -> bodies.appliesTo(path)).mapToLong(bodies -> bodies.limit().toBytes())
                .max().orElse(defaultLimit);
    }

    /**
     * The body is not read here; Tomcat drains up to {@code server.tomcat.max-swallow-size} (2 MB) of it so the client
     * reads the answer, and closes the connection on anything larger.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) {
        problems.resolveException(request, response, null, new BodyTooLarge(limit));
    }

    static final class BodyTooLarge extends ApiException {

        BodyTooLarge(long limit) {
            super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + DataSize.ofBytes(limit)
                    .toKilobytes() + " KB");
        }
    }
}
