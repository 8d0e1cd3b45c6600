package dev.overload.catalog;

/** What kind of training an exercise is. */
public enum ExerciseCategory {
    STRENGTH,
    POWER,
    PLYOMETRICS,
    CARDIO,
    STRETCHING,
    MOBILITY
}
