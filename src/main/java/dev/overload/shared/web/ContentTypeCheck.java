package dev.overload.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A request's {@code Content-Type} must name one media type: a wildcard ({@code application/*}) made the message
 * converters fail with a 500 (found by the API fuzz test). It is a 415, like any type no endpoint reads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ContentTypeCheck extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    ContentTypeCheck(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getContentType();
        if (header != null && !header.isBlank()) {
            String refusal = null;
            try {
                MediaType type = MediaType.parseMediaType(header);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    refusal = "Content-Type '" + type.getType() + "/" + type.getSubtype() + "' names no one type";
                }
            } catch (InvalidMediaTypeException unparsable) {
                refusal = "Content-Type could not be parsed";
            }
            if (refusal != null) {
                problems.resolveException(request, response, null,
                        new HttpMediaTypeNotSupportedException(refusal, List.of(MediaType.APPLICATION_JSON)));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
