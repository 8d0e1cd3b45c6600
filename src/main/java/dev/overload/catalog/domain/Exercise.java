package dev.overload.catalog.domain;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A catalog exercise: a system one ({@code ownerId} null) or a user's custom one. */
@Entity
@Table(name = "exercises")
class Exercise extends AuditedEntity {

    private UUID ownerId;
    private UUID createdBy;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private ExerciseCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "exercise_type")
    private ExerciseType type;
    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;
    private UUID primaryMuscleGroupId;

    @ElementCollection
    @CollectionTable(name = "exercise_secondary_muscles", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "muscle_group_id")
    private Set<UUID> secondaryMuscleGroupIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "equipment_id")
    private Set<UUID> equipmentIds = new HashSet<>();

    protected Exercise() {
    }

    Exercise(UUID ownerId, UUID createdBy) {
        this.ownerId = ownerId;
        this.createdBy = createdBy;
    }

    void describe(String newName, String newDescription, ExerciseCategory newCategory, ExerciseType newType,
            Difficulty newDifficulty, UUID primaryMuscle, Set<UUID> secondaryMuscles, Set<UUID> equipment) {
        name = newName;
        description = newDescription;
        category = newCategory;
        type = newType;
        difficulty = newDifficulty;
        primaryMuscleGroupId = primaryMuscle;
        secondaryMuscleGroupIds.clear();
        secondaryMuscleGroupIds.addAll(secondaryMuscles);
        secondaryMuscleGroupIds.remove(primaryMuscle);
        equipmentIds.clear();
        equipmentIds.addAll(equipment);
    }

    /** The same exercise as a custom exercise of {@code userId}. */
    Exercise copyFor(UUID userId) {
        Exercise copy = new Exercise(userId, userId);
        copy.describe(name, description, category, type, difficulty, primaryMuscleGroupId, secondaryMuscleGroupIds,
                equipmentIds);
        return copy;
    }

    boolean isCustom() {
        return ownerId != null;
    }

    UUID ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    ExerciseCategory category() {
        return category;
    }

    ExerciseType type() {
        return type;
    }

    Difficulty difficulty() {
        return difficulty;
    }

    UUID primaryMuscleGroupId() {
        return primaryMuscleGroupId;
    }

    /** A copy, so that describing the exercise with its own current sets is safe. */
    Set<UUID> secondaryMuscleGroupIds() {
        return Set.copyOf(secondaryMuscleGroupIds);
    }

    Set<UUID> equipmentIds() {
        return Set.copyOf(equipmentIds);
    }
}
