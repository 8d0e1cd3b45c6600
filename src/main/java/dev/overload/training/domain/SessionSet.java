package dev.overload.training.domain;

import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.persistence.AuditedEntity;
import dev.overload.shared.ordering.Ordered;
import dev.overload.training.SetStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One set of a session: what was expected, what was done (kilograms), and how it went. */
@Entity
@Table(name = "session_sets")
class SessionSet extends AuditedEntity implements Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_exercise_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SessionExercise exercise;
    private UUID userId;
    private UUID trainingSessionId;
    private int setIndex;
    private Integer expectedReps;
    private BigDecimal expectedWeight;
    private Integer actualReps;
    private BigDecimal actualWeight;
    private Integer rir;
    @Enumerated(EnumType.STRING)
    private SetStatus status = SetStatus.PENDING;
    private Instant completedAt;

    /** The plan's target for a set; both may be absent for an ad-hoc set. */
    record Expected(Integer reps, BigDecimal weightKg) {
    }

    protected SessionSet() {
    }

    SessionSet(SessionExercise exercise, Expected expected) {
        this.exercise = exercise;
        this.userId = exercise.userId();
        this.trainingSessionId = exercise.session().getId();
        this.expectedReps = expected.reps();
        this.expectedWeight = expected.weightKg();
    }

    /** Done: with the reps and weight given earlier, else as expected; a set with neither has nothing to be done. */
    void complete(Instant now) {
        requireReps(actualReps != null ? actualReps : expectedReps);
        actualReps = actualReps != null ? actualReps : expectedReps;
        actualWeight = actualWeight != null ? actualWeight : expectedWeight;
        status = SetStatus.COMPLETED;
        completedAt = now;
    }

    void fail(int reps, Instant now) {
        actualReps = reps;
        actualWeight = actualWeight != null ? actualWeight : expectedWeight;
        status = SetStatus.FAILED;
        completedAt = now;
    }

    void reset() {
        status = SetStatus.PENDING;
        completedAt = null;
    }

    /**
     * Records what was done; left-out values are kept. A finished status stamps the time of finishing and,
     * like {@link #complete} and {@link #fail}, takes what was not recorded from what was expected (the
     * reps only for a completed set), so a set put COMPLETED counts as done.
     */
    void record(Integer reps, BigDecimal weightKg, Integer newRir, SetStatus newStatus, Instant now) {
        actualReps = reps != null ? reps : actualReps;
        actualWeight = weightKg != null ? weightKg : actualWeight;
        rir = newRir != null ? newRir : rir;
        if (newStatus != null && newStatus != status) {
            status = newStatus;
            completedAt = newStatus == SetStatus.COMPLETED || newStatus == SetStatus.FAILED ? now : null;
        }
        if (newStatus == SetStatus.COMPLETED) {
            requireReps(actualReps != null ? actualReps : expectedReps);
            actualReps = actualReps != null ? actualReps : expectedReps;
        }
        if (newStatus == SetStatus.COMPLETED || newStatus == SetStatus.FAILED) {
            actualWeight = actualWeight != null ? actualWeight : expectedWeight;
        }
    }

    /**
     * A set completed without reps, given or expected, would count as done with nothing done (issue 11): an ad-hoc
     * set needs its reps recorded first.
     */
    private static void requireReps(Integer reps) {
        if (reps == null) {
            throw new InvalidFieldException("actual_reps",
                    "is required: this set has no expected reps to complete it as; record the reps done");
        }
    }

    boolean hasExpectedReps() {
        return expectedReps != null;
    }

    boolean metTarget() {
        if (status != SetStatus.COMPLETED) {
            return false;
        }
        boolean reps = expectedReps == null || (actualReps != null && actualReps >= expectedReps);
        boolean weight = expectedWeight == null
                || (actualWeight != null && actualWeight.compareTo(expectedWeight) >= 0);
        return reps && weight;
    }

    @Override
    public void position(int index) {
        setIndex = index;
    }

    SessionView.Set view() {
        return new SessionView.Set(getId(), exercise.getId(), exercise.exerciseId(), exercise.plannedExerciseId(),
                setIndex, expectedReps, expectedWeight, actualReps, actualWeight, rir, status, completedAt);
    }

    SetStatus status() {
        return status;
    }

    /** Reps actually done at a weight, for sets that were attempted (completed or failed). */
    Optional<PersonalRecordRules.Performed> performed() {
        boolean attempted = status == SetStatus.COMPLETED || status == SetStatus.FAILED;
        if (!attempted || actualReps == null || actualReps == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PersonalRecordRules.Performed(getId(), actualReps,
                actualWeight == null ? BigDecimal.ZERO : actualWeight));
    }

    SessionExercise exercise() {
        return exercise;
    }
}
