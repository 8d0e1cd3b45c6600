package dev.overload.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A plan day as a session starts from it: its exercises in order and their target sets (kilograms). */
public record PlannedDay(UUID planId, UUID dayId, String name, List<Slot> exercises) {

    /** One exercise of the day ({@code plannedExerciseId}) and the catalog exercise it holds. */
    public record Slot(UUID plannedExerciseId, UUID exerciseId, int orderIndex, List<Target> sets) {
    }

    public record Target(UUID plannedSetId, int setIndex, int reps, BigDecimal weightKg, Integer durationSeconds,
            Integer rir) {
    }
}
