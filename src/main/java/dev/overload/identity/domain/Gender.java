package dev.overload.identity.domain;

/** How a user describes themselves; optional. */
public enum Gender {
    MALE,
    FEMALE,
    OTHER
}
