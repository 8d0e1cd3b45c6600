package dev.overload.shared.errors;

import org.springframework.http.HttpStatus;

/**
 * A field passed bean validation but breaks a rule that needs the domain to check (an id that is not the
 * caller's, a wrong current password). Reported like any other validation error, naming the field.
 */
public class InvalidFieldException extends ApiException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
