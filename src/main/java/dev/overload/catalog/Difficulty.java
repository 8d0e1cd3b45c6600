package dev.overload.catalog;

/** How much skill an exercise takes. */
public enum Difficulty {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED,
    EXPERT
}
