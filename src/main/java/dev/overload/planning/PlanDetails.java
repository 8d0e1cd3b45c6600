package dev.overload.planning;

import java.util.List;

/** A plan's own fields. On update a null field keeps its value; {@code name} is always required. */
public record PlanDetails(String name, String description, PlanStatus status, Boolean isPublic,
        PlanDifficulty difficultyLevel, List<String> muscleTypes, Integer estimatedDuration) {

    public static PlanDetails named(String name, String description) {
        return new PlanDetails(name, description, null, null, null, null, null);
    }
}
