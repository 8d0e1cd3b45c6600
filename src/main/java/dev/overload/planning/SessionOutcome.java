package dev.overload.planning;

import java.util.Set;
import java.util.UUID;

/**
 * How a catalog exercise went in one completed session of a plan: succeeded when every one of its sets
 * was done as planned. {@code plannedExerciseIds} are the day's slots that hold it, whose targets move.
 */
public record SessionOutcome(UUID exerciseId, Set<UUID> plannedExerciseIds, boolean success) {
}
