package dev.overload.club.domain;

/** A client's gender as seed 002 records it. */
public enum Gender {
    MALE,
    FEMALE
}
