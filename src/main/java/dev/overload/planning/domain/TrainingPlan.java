package dev.overload.planning.domain;

import dev.overload.planning.DayDetails;
import dev.overload.planning.PlanDetails;
import dev.overload.shared.ordering.Positions;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A user's training plan, the root of its days, exercises and target sets. */
@Entity
@Table(name = "training_plans")
class TrainingPlan extends AuditedEntity {

    static final int MAX_DAYS = 14;

    private UUID userId;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.ACTIVE;
    private boolean isPublic;
    @Enumerated(EnumType.STRING)
    private PlanDifficulty difficultyLevel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> muscleTypes = new ArrayList<>();
    private Integer estimatedDuration;
    private UUID copiedFromId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("orderIndex")
    private List<TrainingDay> days = new ArrayList<>();

    protected TrainingPlan() {
    }

    TrainingPlan(UUID userId, PlanDetails details) {
        this.userId = userId;
        apply(details);
    }

    /**
     * A private copy for {@code newOwner} with the same days, exercises and sets; exercises listed in
     * {@code replacements} are swapped for their replacement.
     */
    TrainingPlan copyFor(UUID newOwner, Map<UUID, UUID> replacements) {
        TrainingPlan copy = new TrainingPlan(newOwner, new PlanDetails(name, description, PlanStatus.IDLE, false,
                difficultyLevel, List.copyOf(muscleTypes), estimatedDuration));
        copy.copiedFromId = getId();
        for (TrainingDay day : days) {
            TrainingDay dayCopy = copy.addDay(new DayDetails(day.name(), day.description()), null);
            day.copyExercisesInto(dayCopy, replacements);
        }
        return copy;
    }

    /** Fields the details leave null keep their value. */
    void apply(PlanDetails details) {
        name = details.name() != null ? details.name() : name;
        description = details.description() != null || isNew() ? details.description() : description;
        status = details.status() != null ? details.status() : status;
        isPublic = details.isPublic() != null ? details.isPublic() : isPublic;
        difficultyLevel = details.difficultyLevel() != null ? details.difficultyLevel() : difficultyLevel;
        muscleTypes = details.muscleTypes() != null ? new ArrayList<>(details.muscleTypes()) : muscleTypes;
        estimatedDuration = details.estimatedDuration() != null ? details.estimatedDuration() : estimatedDuration;
    }

    TrainingDay addDay(DayDetails details, Integer position) {
        TrainingDay day = new TrainingDay(this, details);
        Positions.insert(days, day, position, "order_index", MAX_DAYS, "A plan has at most " + MAX_DAYS + " days");
        return day;
    }

    TrainingDay newDay(DayDetails details) {
        return new TrainingDay(this, details);
    }

    void moveDay(TrainingDay day, Integer position) {
        Positions.move(days, day, position, "order_index");
    }

    void removeDay(TrainingDay day) {
        Positions.remove(days, day);
    }

    /** The days in their new order; days left out are deleted with everything in them. */
    void replaceDays(List<TrainingDay> ordered) {
        Positions.replaceAll(days, ordered);
    }

    /** The catalog exercises the plan uses. */
    Set<UUID> exerciseIds() {
        Set<UUID> ids = new HashSet<>();
        days.forEach(day -> day.exercises().forEach(exercise -> ids.add(exercise.exerciseId())));
        return ids;
    }

    Optional<TrainingDay> day(UUID dayId) {
        return days.stream().filter(day -> day.getId().equals(dayId)).findFirst();
    }

    List<TrainingDay> days() {
        return days;
    }

    boolean isOwnedBy(UUID candidate) {
        return userId.equals(candidate);
    }

    boolean isPublic() {
        return isPublic;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }
}
