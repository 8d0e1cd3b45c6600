package dev.overload.shared.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that honours {@code If-Match}: when the header names another version of the resource than the
 * current one, the write is refused with 412 and changes nothing. The check itself runs where the resource is
 * locked for the change ({@link ETags#requireMatch}); this marks the endpoint for the API description.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Conditional {
}
