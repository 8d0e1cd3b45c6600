package dev.overload.training;

import java.time.Instant;
import java.util.UUID;

/**
 * The occurrences of schedules that sessions can perform. Training asks; the module that owns schedules
 * (above training in the module graph) provides it, so training knows nothing of how schedules repeat.
 * While no module provides it, no session can name a schedule.
 */
public interface ScheduledOccurrences {

    /**
     * The occurrence of the user's schedule that a session started now performs: the one whose start is
     * nearest. Not found when the schedule is not the user's; a conflict when no occurrence is near.
     */
    OccurrenceToPerform toPerform(UUID userId, UUID scheduleId, Instant now);

    /** An occurrence and what it trains: a plan, and a day of it unless the schedule places the whole plan. */
    record OccurrenceToPerform(UUID scheduleId, Instant start, UUID planId, UUID dayId) {
    }
}
