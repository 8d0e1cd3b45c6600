package dev.overload.shared.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that a client may retry safely with an {@code Idempotency-Key} header: a retry with the same key and
 * body answers the first response again without doing the work twice; the same key with another body is
 * refused (422). Keys are per user and kept at least a day. One web filter implements it for every endpoint
 * so marked, and the API description documents the header on them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
}
