package dev.overload.training.domain;

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

    /** Records what was done; left-out values are kept ({@link SetState#record}). */
    void record(Integer reps, BigDecimal weightKg, Integer newRir, SetStatus newStatus, Instant now) {
        apply(state().record(reps, weightKg, newRir, newStatus, now));
    }

    SetState state() {
        return new SetState(expectedReps, expectedWeight, actualReps, actualWeight, rir, status, completedAt);
    }

    private void apply(SetState next) {
        actualReps = next.actualReps();
        actualWeight = next.actualWeight();
        rir = next.rir();
        status = next.status();
        completedAt = next.completedAt();
    }

    @Override
    public void position(int index) {
        setIndex = index;
    }

    SessionView.Set view() {
        return state().view(getId(), exercise.getId(), exercise.exerciseId(), exercise.plannedExerciseId(), setIndex);
    }

    SessionExercise exercise() {
        return exercise;
    }
}
