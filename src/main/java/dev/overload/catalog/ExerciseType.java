package dev.overload.catalog;

/** Whether an exercise moves several joints or one. */
public enum ExerciseType {
    COMPOUND,
    ISOLATION
}
