package dev.overload.shared.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;

/**
 * A part of the API whose contract fixes another error body than problem+json (seed 003's
 * {@code {success: false, message, details}}). Every error still goes through the one exception handler,
 * which asks the styles whether one applies to the request and lets it shape the body.
 */
public interface ErrorResponseStyle {

    boolean appliesTo(HttpServletRequest request);

    /** The body for this problem; its {@code errors} property, when present, lists {field, message} pairs. */
    Object body(ProblemDetail problem);
}
