package dev.overload.club.domain;

/** A membership's level of access (seed 002). */
public enum AccessLevel {
    STANDARD,
    PREMIUM,
    VIP
}
