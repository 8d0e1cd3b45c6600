package dev.overload.training.domain;

import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A set's targets and what was done (kilograms), and the rules of logging it: each change answers the set's next
 * state. The entity ({@link SessionSet}) and the set-logging hot path ({@link SessionSets}) both change sets
 * through these rules only.
 */
record SetState(Integer expectedReps, BigDecimal expectedWeight, Integer actualReps, BigDecimal actualWeight,
        Integer rir, SetStatus status, Instant completedAt) {

    /** A set not yet done, with the plan's target (both may be absent for an ad-hoc set). */
    static SetState pending(Integer expectedReps, BigDecimal expectedWeight) {
        return new SetState(expectedReps, expectedWeight, null, null, null, SetStatus.PENDING, null);
    }

    /** Done: with the reps and weight given earlier, else as expected; a set with neither has nothing to be done. */
    SetState complete(Instant now) {
        return new SetState(expectedReps, expectedWeight, requireReps(actualReps != null ? actualReps : expectedReps),
                actualWeight != null ? actualWeight : expectedWeight, rir, SetStatus.COMPLETED, now);
    }

    SetState fail(int reps, Instant now) {
        return new SetState(expectedReps, expectedWeight, reps, actualWeight != null ? actualWeight : expectedWeight,
                rir, SetStatus.FAILED, now);
    }

    SetState reset() {
        return new SetState(expectedReps, expectedWeight, actualReps, actualWeight, rir, SetStatus.PENDING, null);
    }

    /**
     * Records what was done; left-out values are kept. A finished status stamps the time of finishing and,
     * like {@link #complete} and {@link #fail}, takes what was not recorded from what was expected (the
     * reps only for a completed set), so a set put COMPLETED counts as done.
     */
    SetState record(Integer reps, BigDecimal weightKg, Integer newRir, SetStatus newStatus, Instant now) {
        Integer nextReps = reps != null ? reps : actualReps;
        BigDecimal nextWeight = weightKg != null ? weightKg : actualWeight;
        SetStatus nextStatus = status;
        Instant nextCompletedAt = completedAt;
        if (newStatus != null && newStatus != status) {
            nextStatus = newStatus;
            nextCompletedAt = newStatus == SetStatus.COMPLETED || newStatus == SetStatus.FAILED ? now : null;
        }
        if (newStatus == SetStatus.COMPLETED) {
            nextReps = requireReps(nextReps != null ? nextReps : expectedReps);
        }
        if (newStatus == SetStatus.COMPLETED || newStatus == SetStatus.FAILED) {
            nextWeight = nextWeight != null ? nextWeight : expectedWeight;
        }
        return new SetState(expectedReps, expectedWeight, nextReps, nextWeight, newRir != null ? newRir : rir,
                nextStatus, nextCompletedAt);
    }

    /**
     * A set completed without reps, given or expected, would count as done with nothing done (issue 11): an ad-hoc
     * set needs its reps recorded first.
     */
    private static Integer requireReps(Integer reps) {
        if (reps == null) {
            throw new InvalidFieldException("actual_reps",
                    "is required: this set has no expected reps to complete it as; record the reps done");
        }
        return reps;
    }

    boolean hasExpectedReps() {
        return expectedReps != null;
    }

    /** Done as planned: completed with at least the expected reps at the expected weight. */
    boolean metTarget() {
        if (status != SetStatus.COMPLETED) {
            return false;
        }
        boolean reps = expectedReps == null || (actualReps != null && actualReps >= expectedReps);
        boolean weight = expectedWeight == null
                || (actualWeight != null && actualWeight.compareTo(expectedWeight) >= 0);
        return reps && weight;
    }

    /** Reps actually done at a weight, for sets that were attempted (completed or failed). */
    Optional<PersonalRecordRules.Performed> performed(UUID setId) {
        boolean attempted = status == SetStatus.COMPLETED || status == SetStatus.FAILED;
        if (!attempted || actualReps == null || actualReps == 0) {
            return Optional.empty();
        }
        return Optional.of(new PersonalRecordRules.Performed(setId, actualReps,
                actualWeight == null ? BigDecimal.ZERO : actualWeight));
    }

    /** The set as read, in the session's exercise {@code exercise} at {@code setIndex}. */
    SessionView.Set view(UUID setId, UUID sessionExerciseId, UUID exerciseId, UUID plannedExerciseId, int setIndex) {
        return new SessionView.Set(setId, sessionExerciseId, exerciseId, plannedExerciseId, setIndex, expectedReps,
                expectedWeight, actualReps, actualWeight, rir, status, completedAt);
    }
}
