package dev.overload.planning.domain;

import dev.overload.planning.DayDetails;
import dev.overload.planning.ExerciseDetails;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "training_plan_days")
class TrainingDay extends AuditedEntity implements Ordered {

    static final int MAX_EXERCISES = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_plan_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private TrainingPlan plan;
    private UUID userId;
    private String name;
    private String description;
    private int orderIndex;

    @OneToMany(mappedBy = "day", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("orderIndex")
    private List<PlannedExercise> exercises = new ArrayList<>();

    protected TrainingDay() {
    }

    TrainingDay(TrainingPlan plan, DayDetails details) {
        this.plan = plan;
        this.userId = plan.userId();
        apply(details);
    }

    /** A null name keeps the current one. */
    void apply(DayDetails details) {
        name = details.name() != null ? details.name() : name;
        description = details.description() != null || isNew() ? details.description() : description;
    }

    PlannedExercise addExercise(ExerciseDetails details, Integer position) {
        PlannedExercise exercise = new PlannedExercise(this, details);
        Positions.insert(exercises, exercise, position, "order_index", MAX_EXERCISES,
                "A day has at most " + MAX_EXERCISES + " exercises");
        return exercise;
    }

    PlannedExercise newExercise(ExerciseDetails details) {
        return new PlannedExercise(this, details);
    }

    void moveExercise(PlannedExercise exercise, Integer position) {
        Positions.move(exercises, exercise, position, "order_index");
    }

    void removeExercise(PlannedExercise exercise) {
        Positions.remove(exercises, exercise);
    }

    void replaceExercises(List<PlannedExercise> ordered) {
        Positions.replaceAll(exercises, ordered);
    }

    Optional<PlannedExercise> exercise(UUID plannedExerciseId) {
        return exercises.stream().filter(exercise -> exercise.getId().equals(plannedExerciseId)).findFirst();
    }

    void copyExercisesInto(TrainingDay target, Map<UUID, UUID> replacements) {
        for (PlannedExercise exercise : exercises) {
            ExerciseDetails details = exercise.details();
            PlannedExercise copy = target.addExercise(new ExerciseDetails(
                    replacements.getOrDefault(details.exerciseId(), details.exerciseId()), details.restTimeSeconds(),
                    details.notes()), null);
            exercise.sets().forEach(set -> copy.addSet(set.target(), null));
        }
    }

    List<PlannedExercise> exercises() {
        return exercises;
    }

    @Override
    public void position(int index) {
        orderIndex = index;
    }

    TrainingPlan plan() {
        return plan;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }
}
