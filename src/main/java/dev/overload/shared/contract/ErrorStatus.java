package dev.overload.shared.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error status an endpoint answers that the API description cannot infer from its shape (a 403 for someone
 * else's public plan, say); the description adds it with the usual error body.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ErrorStatus.List.class)
public @interface ErrorStatus {

    int value();

    String description();

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface List {

        ErrorStatus[] value();
    }
}
