package dev.overload.club.domain;

import dev.overload.catalog.Difficulty;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exercise of a club training (a slot of its plan day, {@code id}) with seed 002's fields: its uniform sets,
 * and the catalog exercise's muscle group (its body region), whether it needs equipment, and its complexity.
 *
 * @param extraWeight kilograms; null for none (bodyweight)
 */
public record TrainingExercise(UUID id, UUID exerciseId, String title, @Nullable String description,
        int orderInTraining, int sets, int reps, int restTimeSec, @Nullable BigDecimal extraWeight,
        String muscleGroup, boolean equipmentRequired, Difficulty complexityLvl) {
}
