package dev.overload.identity.domain;

/** The colour scheme clients should use. */
public enum Theme {
    LIGHT,
    DARK,
    SYSTEM
}
