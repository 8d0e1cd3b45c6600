package dev.overload.training;

/** PENDING until the first set is logged, IN_PROGRESS until completed or cancelled. */
public enum SessionStatus {
    PENDING,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
