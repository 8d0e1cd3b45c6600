package dev.overload.shared.errors;

import org.springframework.http.HttpStatus;

/** Credentials or tokens presented to an authentication endpoint were not accepted. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(String detail) {
        super(HttpStatus.UNAUTHORIZED, detail);
    }
}
