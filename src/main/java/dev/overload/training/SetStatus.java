package dev.overload.training;

public enum SetStatus {
    PENDING,
    COMPLETED,
    FAILED,
    SKIPPED
}
