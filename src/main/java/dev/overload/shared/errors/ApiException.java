package dev.overload.shared.errors;

import org.springframework.http.HttpStatus;

/**
 * A failure the client caused or must know about; the web layer turns it into problem+json with
 * {@link #status()} and the message as detail. Subclasses name the cases.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;

    protected ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
