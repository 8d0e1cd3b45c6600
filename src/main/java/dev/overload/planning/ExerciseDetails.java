package dev.overload.planning;

import java.util.UUID;

/** Which catalog exercise a plan slot holds, with its rest between sets (seconds) and notes. */
public record ExerciseDetails(UUID exerciseId, Integer restTimeSeconds, String notes) {
}
