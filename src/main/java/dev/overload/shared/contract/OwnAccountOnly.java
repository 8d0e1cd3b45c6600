package dev.overload.shared.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose endpoints only ever concern the caller themselves (their account, whom they let act for
 * them, the club's role rules): {@value #ACT_AS_USER} is refused there (400) instead of acting for someone.
 * On every other endpoint that takes the current user, a caller with the owner's grant acts as the owner.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OwnAccountOnly {

    /** The header a trainer sends to act for one of their clients: the client's user id. */
    String ACT_AS_USER = "Act-As-User";
}
