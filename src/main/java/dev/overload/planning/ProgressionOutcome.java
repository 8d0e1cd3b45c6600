package dev.overload.planning;

/** How an exercise went in a session, for its progression: every set done as planned, or not. */
public enum ProgressionOutcome {
    SUCCESS,
    FAILURE;

    public static ProgressionOutcome of(boolean success) {
        return success ? SUCCESS : FAILURE;
    }
}
