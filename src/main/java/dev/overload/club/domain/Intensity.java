package dev.overload.club.domain;

/** How hard a club training is meant to be. */
public enum Intensity {
    LOW,
    MEDIUM,
    HIGH
}
