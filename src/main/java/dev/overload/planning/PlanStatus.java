package dev.overload.planning;

/** Where a plan stands for its owner: in use, paused, planned for later, or done. */
public enum PlanStatus {
    ACTIVE,
    IDLE,
    COMING_SOON,
    COMPLETED
}
