package dev.overload.planning.domain;

import dev.overload.planning.SetTarget;
import dev.overload.shared.ordering.Ordered;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "training_plan_exercise_sets")
class PlannedSet extends AuditedEntity implements Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_plan_exercise_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private PlannedExercise exercise;
    private UUID userId;
    private UUID trainingPlanId;
    private int setIndex;
    private int expectedReps;
    private BigDecimal expectedWeight;
    private Integer expectedDurationSeconds;
    @Column(name = "expected_rir")
    private Integer expectedRir;

    protected PlannedSet() {
    }

    PlannedSet(PlannedExercise exercise, SetTarget target) {
        this.exercise = exercise;
        this.userId = exercise.userId();
        this.trainingPlanId = exercise.trainingPlanId();
        aim(target);
    }

    void aim(SetTarget target) {
        expectedReps = target.reps();
        expectedWeight = target.weightKg();
        expectedDurationSeconds = target.durationSeconds();
        expectedRir = target.rir();
    }

    BigDecimal weightKg() {
        return expectedWeight;
    }

    void setWeight(BigDecimal kilograms) {
        expectedWeight = kilograms;
    }

    SetTarget target() {
        return new SetTarget(expectedReps, expectedWeight, expectedDurationSeconds, expectedRir);
    }

    @Override
    public void position(int index) {
        setIndex = index;
    }
}
