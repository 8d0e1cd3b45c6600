package dev.overload.shared.errors;

import org.springframework.http.HttpStatus;

/** The resource does not exist, or belongs to someone else: both look the same to the client. */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource) {
        super(HttpStatus.NOT_FOUND, resource + " not found");
    }
}
