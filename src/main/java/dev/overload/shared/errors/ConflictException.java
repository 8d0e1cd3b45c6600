package dev.overload.shared.errors;

import org.springframework.http.HttpStatus;

/** The request is valid but collides with the current state (a taken name, a resource still in use). */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
