package dev.overload.training.domain;

import dev.overload.shared.persistence.AuditedEntity;
import dev.overload.shared.ordering.Ordered;
import dev.overload.shared.ordering.Positions;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One exercise in a session (a plan slot, or a catalog exercise added ad hoc) with its sets and feedback. */
@Entity
@Table(name = "session_exercises")
class SessionExercise extends AuditedEntity implements Ordered {

    static final int MAX_SETS = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_session_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private TrainingSession session;
    private UUID userId;
    private UUID exerciseId;
    @Column(name = "training_plan_exercise_id")
    private UUID plannedExerciseId;
    private int orderIndex;
    private Integer stimulus;
    private Integer fatigue;

    @OneToMany(mappedBy = "exercise", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("setIndex")
    private List<SessionSet> sets = new ArrayList<>();

    protected SessionExercise() {
    }

    SessionExercise(TrainingSession session, UUID exerciseId, UUID plannedExerciseId) {
        this.session = session;
        this.userId = session.userId();
        this.exerciseId = exerciseId;
        this.plannedExerciseId = plannedExerciseId;
    }

    SessionSet addSet(SessionSet.Expected expected, Integer position) {
        SessionSet set = new SessionSet(this, expected);
        Positions.insert(sets, set, position, "set_index", MAX_SETS,
                "An exercise of a session has at most " + MAX_SETS + " sets");
        return set;
    }

    void removeSet(SessionSet set) {
        Positions.remove(sets, set);
    }

    void rate(Integer newStimulus, Integer newFatigue) {
        stimulus = newStimulus != null ? newStimulus : stimulus;
        fatigue = newFatigue != null ? newFatigue : fatigue;
    }

    /** Done as planned: every set completed with at least the expected reps at the expected weight. */
    boolean succeeded() {
        return !sets.isEmpty() && sets.stream().allMatch(set -> set.state().metTarget());
    }

    SessionView.Exercise view(Map<UUID, String> exerciseNames) {
        return new SessionView.Exercise(getId(), exerciseId, exerciseNames.get(exerciseId), plannedExerciseId,
                orderIndex,
                stimulus, fatigue);
    }

    @Override
    public void position(int index) {
        orderIndex = index;
    }

    TrainingSession session() {
        return session;
    }

    List<SessionSet> sets() {
        return sets;
    }

    UUID userId() {
        return userId;
    }

    UUID exerciseId() {
        return exerciseId;
    }

    UUID plannedExerciseId() {
        return plannedExerciseId;
    }
}
