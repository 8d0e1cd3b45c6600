package dev.overload.shared.errors;

/** One entry of a validation problem's {@code errors}: which field (as the client names it), what is wrong. */
public record FieldMessage(String field, String message) {
}
