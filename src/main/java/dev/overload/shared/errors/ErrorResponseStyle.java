package dev.overload.shared.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;

/**
 * A part of the API whose contract fixes another error body than problem+json (seed 003's
 * {@code {success: false, message, details}}), served as {@code application/json}. Every error still goes
 * through the one exception handler, which asks the styles whether one applies to the request and lets it
 * shape the body; the API description documents that body for the paths the style covers.
 */
public interface ErrorResponseStyle {

    /** Whether errors of requests to this path (the request URI, or a path template) take this style. */
    boolean appliesToPath(String path);

    default boolean appliesTo(HttpServletRequest request) {
        return appliesToPath(request.getRequestURI());
    }

    /** The body for this problem; its {@code errors} property, when present, lists {field, message} pairs. */
    Object body(ProblemDetail problem);

    /** The type of {@link #body}'s result, so the API description can show it. */
    Class<?> bodyType();
}
