package dev.overload.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A plan day as a session starts from it: the plan's and the day's names, the day's exercises in order and
 * their target sets (kilograms).
 */
public record PlannedDay(UUID planId, String planName, UUID dayId, String name, List<Slot> exercises) {

    /** One exercise of the day ({@code plannedExerciseId}) and the catalog exercise it holds, with its name. */
    public record Slot(UUID plannedExerciseId, UUID exerciseId, String exerciseName, int orderIndex,
            List<Target> sets) {
    }

    public record Target(UUID plannedSetId, int setIndex, int reps, BigDecimal weightKg, Integer durationSeconds,
            Integer rir) {
    }
}
