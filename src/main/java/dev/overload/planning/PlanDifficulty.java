package dev.overload.planning;

public enum PlanDifficulty {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
