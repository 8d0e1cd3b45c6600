package dev.overload.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * Workouts placed once in a user's calendar by the modules above (a club training with a date): ordinary
 * schedules of the user, so they show in upcoming workouts and the calendar feed, are reminded of, and a
 * session started with their {@code schedule_id} performs them.
 */
public interface OneOffWorkouts {

    /** How long before its start the user is reminded of a workout placed this way. */
    int REMIND_BEFORE_MINUTES = 60;

    /** Places the user's plan day at [start, end); answers the schedule's id. */
    UUID place(UUID userId, UUID planId, UUID dayId, Instant start, Instant end);

    /** Moves it; its reminder follows. */
    void move(UUID userId, UUID scheduleId, UUID planId, UUID dayId, Instant start, Instant end);

    /** Takes it out of the calendar; a schedule already gone changes nothing. */
    void remove(UUID userId, UUID scheduleId);
}
