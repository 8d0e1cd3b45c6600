package dev.overload.training;

import java.time.Instant;
import java.util.UUID;

/**
 * Which occurrence of a schedule a session performs. Implemented by the module that owns schedules; while
 * none is present, no session can name a schedule.
 */
public interface ScheduledWorkouts {

    /**
     * The occurrence of the user's schedule that a session started now performs: the one whose start is
     * nearest. Not found when the schedule is not the user's; a conflict when no occurrence is near.
     */
    ScheduledWorkout occurrenceToPerform(UUID userId, UUID scheduleId, Instant now);

    /** An occurrence and what it trains: a plan, and a day of it unless the schedule places the whole plan. */
    record ScheduledWorkout(UUID scheduleId, Instant start, UUID planId, UUID dayId) {
    }
}
