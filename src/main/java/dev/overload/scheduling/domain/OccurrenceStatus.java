package dev.overload.scheduling.domain;

/**
 * Where an occurrence stands: PENDING before it starts, ACTIVE while it runs or a session for it is under
 * way, DONE once a session for it is completed, MISSED when it ended without one.
 */
public enum OccurrenceStatus {
    PENDING,
    ACTIVE,
    DONE,
    MISSED
}
