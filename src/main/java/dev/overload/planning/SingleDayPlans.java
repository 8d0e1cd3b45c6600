package dev.overload.planning;

import java.util.UUID;

/**
 * Plans of one day whose exercises each have uniform sets (seed 003's workout plans), as the modules above
 * make them for a user: the club's trainings are such plans of the client. They are the user's own plans in
 * every way (listed, trained, scheduled, progressed); reading one is {@link TrainingPlans#plan}.
 */
public interface SingleDayPlans {

    /** A new plan of the user with one day named as the plan; the exercises must be usable by the user. */
    PlanDay create(UUID userId, String name, String description);

    /** Renames and describes the plan (and its day); a null description clears it. */
    void describe(UUID userId, UUID planId, String name, String description);

    void delete(UUID userId, UUID planId);

    /** Inserts an exercise at its {@code orderIndex} (appended when null); answers the slot's id. */
    UUID addExercise(UUID userId, UUID planId, WorkoutExercise exercise);

    /** Changes the given fields of a slot and moves it to {@code orderIndex} when given. */
    void updateExercise(UUID userId, UUID planId, UUID slotId, WorkoutExercise change);

    /** Removes a slot; the others close the gap. */
    void removeExercise(UUID userId, UUID planId, UUID slotId);

    record PlanDay(UUID planId, UUID dayId) {
    }
}
