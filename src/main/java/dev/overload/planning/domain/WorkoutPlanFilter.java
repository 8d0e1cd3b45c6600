package dev.overload.planning.domain;

import dev.overload.planning.PlanDifficulty;
import java.util.UUID;

/** Seed 003's list filters; all optional. {@code muscleType} is a body part. */
public record WorkoutPlanFilter(String muscleType, PlanDifficulty difficultyLevel, UUID createdBy, Boolean isPublic,
        String search) {
}
