package dev.overload.shared.errors;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** Too many attempts; the client may try again after {@link #retryAfter()}. */
public class RateLimitedException extends ApiException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
