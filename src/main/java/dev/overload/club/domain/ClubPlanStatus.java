package dev.overload.club.domain;

/** Where a club training plan stands (seed 002's training plan status). */
public enum ClubPlanStatus {
    PREPARED,
    ACTIVE,
    COMPLETED
}
