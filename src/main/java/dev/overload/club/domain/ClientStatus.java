package dev.overload.club.domain;

/** Where a client stands with the club; INACTIVE once their membership has ended. */
public enum ClientStatus {
    ACTIVE,
    INACTIVE,
    ON_HOLD
}
