package dev.overload.shared.web;

/** One entry of a validation problem's {@code errors}: which field, and what is wrong with it. */
record FieldMessage(String field, String message) {
}
