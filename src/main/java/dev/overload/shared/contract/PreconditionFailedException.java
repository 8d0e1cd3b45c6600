package dev.overload.shared.contract;

import dev.overload.shared.errors.ApiException;
import org.springframework.http.HttpStatus;

/** {@code If-Match} named a version of the resource that is no longer current. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException() {
        super(HttpStatus.PRECONDITION_FAILED,
                "The resource has changed since the version given in If-Match; read it again and retry");
    }
}
