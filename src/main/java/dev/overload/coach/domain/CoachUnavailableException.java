package dev.overload.coach.domain;

import dev.overload.shared.errors.ApiException;
import org.springframework.http.HttpStatus;

/** The coach's model could not give a usable answer (502): nothing was stored and no suggestion was spent. */
public class CoachUnavailableException extends ApiException {

    public CoachUnavailableException(String detail) {
        super(HttpStatus.BAD_GATEWAY, detail);
    }
}
