package dev.overload.identity.web;

/** Bean Validation's {@code @Email} accepts {@code a@b}; addresses here need a dot in the domain. */
final class ValidEmail {

    static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String MESSAGE = "must be a valid email address";

    private ValidEmail() {
    }
}
