package dev.overload.shared.errors;

import org.springframework.http.HttpStatus;

/** The caller may see the resource but not do this to it. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, detail);
    }
}
