package dev.overload.catalog.domain;

import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.errors.ForbiddenException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the catalog. A user creates custom exercises only they see; an administrator creates system
 * exercises. Custom exercises are changed by their owner, system ones by administrators: a user touching
 * a system exercise is refused (403), someone else's custom exercise does not exist for them (404).
 */
@Service
public class Exercises {

    private static final String DEFAULT_MUSCLE_GROUP = "full_body";

    private final ExerciseRepository exercises;
    private final ReferenceData referenceData;

    Exercises(ExerciseRepository exercises, ReferenceData referenceData) {
        this.exercises = exercises;
        this.referenceData = referenceData;
    }

    @Transactional
    public UUID create(CurrentUser caller, ExerciseDraft draft) {
        Exercise exercise = new Exercise(caller.isAdmin() ? null : caller.id(), caller.id());
        describe(exercise, draft);
        return exercises.save(exercise).getId();
    }

    @Transactional
    public void update(CurrentUser caller, UUID exerciseId, ExerciseDraft draft) {
        describe(changeable(caller, exerciseId), draft);
    }

    @Transactional
    public void delete(CurrentUser caller, UUID exerciseId) {
        Exercise exercise = changeable(caller, exerciseId);
        try {
            exercises.delete(exercise);
            exercises.flush();
        } catch (DataIntegrityViolationException inUse) {
            throw new ConflictException("The exercise is used by training plans or sessions and cannot be deleted");
        }
    }

    /**
     * The user's custom exercise of the draft's name, made from the draft when they have none; flushed, so the
     * catalog's SQL reads in the same transaction see it.
     */
    @Transactional
    public UUID createCustom(UUID ownerId, ExerciseDraft draft) {
        return exercises.findCustom(ownerId, draft.name().strip()).map(Exercise::getId).orElseGet(() -> {
            Exercise exercise = new Exercise(ownerId, ownerId);
            describe(exercise, draft);
            return exercises.saveAndFlush(exercise).getId();
        });
    }

    /** Custom exercises of others, made the user's own: reusing their custom exercise of the same name. */
    @Transactional
    Map<UUID, UUID> copyForUser(UUID userId, Collection<UUID> exerciseIds) {
        Map<UUID, UUID> replacements = new HashMap<>();
        for (Exercise original : exercises.findAllById(exerciseIds)) {
            UUID replacement = exercises.findCustom(userId, original.name())
                    .orElseGet(() -> exercises.save(original.copyFor(userId)))
                    .getId();
            replacements.put(original.getId(), replacement);
        }
        return replacements;
    }

    /**
     * A field the draft leaves out keeps its value; on a new exercise it gets a default (strength, compound,
     * beginner, full body, no equipment), so seed-004 clients that send only name and description work.
     */
    private void describe(Exercise exercise, ExerciseDraft draft) {
        String name = draft.name() == null ? exercise.name() : draft.name().strip();
        if (exercises.nameTaken(name, exercise.ownerId(), exercise.getId())) {
            throw new ConflictException("An exercise named '" + name + "' already exists");
        }
        boolean isNew = exercise.isNew();
        exercise.describe(name,
                draft.description() != null || isNew ? draft.description() : exercise.description(),
                choose(draft.category(), exercise.category(), ExerciseCategory.STRENGTH),
                choose(draft.type(), exercise.type(), ExerciseType.COMPOUND),
                choose(draft.difficulty(), exercise.difficulty(), Difficulty.BEGINNER),
                draft.primaryMuscleGroup() == null
                        ? choose(null, exercise.primaryMuscleGroupId(),
                                referenceData.muscleGroupId(DEFAULT_MUSCLE_GROUP, "primary_muscle_group"))
                        : referenceData.muscleGroupId(draft.primaryMuscleGroup(), "primary_muscle_group"),
                draft.secondaryMuscleGroups() == null
                        ? choose(null, exercise.secondaryMuscleGroupIds(), Set.of())
                        : referenceData.muscleGroupIds(draft.secondaryMuscleGroups(), "secondary_muscle_groups"),
                draft.equipment() == null
                        ? choose(null, exercise.equipmentIds(), Set.of())
                        : referenceData.equipmentIds(draft.equipment(), "equipment"));
    }

    private static <T> T choose(T given, T current, T fallback) {
        if (given != null) {
            return given;
        }
        return current != null ? current : fallback;
    }

    private Exercise changeable(CurrentUser caller, UUID exerciseId) {
        Exercise exercise = exercises.findById(exerciseId)
                .filter(candidate -> !candidate.isCustom() || candidate.ownerId().equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("Exercise"));
        if (!exercise.isCustom() && !caller.isAdmin()) {
            throw new ForbiddenException("Only administrators change system exercises");
        }
        ETags.requireMatch(exercise.getVersion());
        return exercise;
    }
}
