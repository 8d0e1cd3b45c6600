package dev.overload.planning.domain;

import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.SetTarget;
import dev.overload.shared.ordering.Positions;
import dev.overload.shared.ordering.Ordered;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One catalog exercise in a day of a plan, with its target sets. */
@Entity
@Table(name = "training_plan_exercises")
class PlannedExercise extends AuditedEntity implements Ordered {

    static final int MAX_SETS = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_plan_day_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private TrainingDay day;
    private UUID userId;
    private UUID trainingPlanId;
    private UUID exerciseId;
    private int orderIndex;
    private Integer restTimeSeconds;
    private String notes;

    @OneToMany(mappedBy = "exercise", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("setIndex")
    private List<PlannedSet> sets = new ArrayList<>();

    protected PlannedExercise() {
    }

    PlannedExercise(TrainingDay day, ExerciseDetails details) {
        this.day = day;
        this.userId = day.userId();
        this.trainingPlanId = day.plan().getId();
        apply(details);
    }

    /** Null fields keep their value. */
    void apply(ExerciseDetails details) {
        exerciseId = details.exerciseId() != null ? details.exerciseId() : exerciseId;
        restTimeSeconds = details.restTimeSeconds() != null ? details.restTimeSeconds() : restTimeSeconds;
        notes = details.notes() != null ? details.notes() : notes;
    }

    PlannedSet addSet(SetTarget target, Integer position) {
        PlannedSet set = new PlannedSet(this, target);
        Positions.insert(sets, set, position, "set_index", MAX_SETS, "An exercise has at most " + MAX_SETS + " sets");
        return set;
    }

    void moveSet(PlannedSet set, Integer position) {
        Positions.move(sets, set, position, "set_index");
    }

    void removeSet(PlannedSet set) {
        Positions.remove(sets, set);
    }

    /** Replaces all sets by {@code count} identical ones: seed 003's sets × reps × weight. */
    void replaceSetsWithUniform(int count, SetTarget target) {
        sets.clear();
        for (int i = 0; i < count; i++) {
            addSet(target, null);
        }
    }

    void replaceSets(List<PlannedSet> ordered) {
        Positions.replaceAll(sets, ordered);
    }

    PlannedSet newSet(SetTarget target) {
        return new PlannedSet(this, target);
    }

    Optional<PlannedSet> set(UUID setId) {
        return sets.stream().filter(set -> set.getId().equals(setId)).findFirst();
    }

    ExerciseDetails details() {
        return new ExerciseDetails(exerciseId, restTimeSeconds, notes);
    }

    List<PlannedSet> sets() {
        return sets;
    }

    @Override
    public void position(int index) {
        orderIndex = index;
    }

    UUID userId() {
        return userId;
    }

    UUID trainingPlanId() {
        return trainingPlanId;
    }

    UUID exerciseId() {
        return exerciseId;
    }
}
