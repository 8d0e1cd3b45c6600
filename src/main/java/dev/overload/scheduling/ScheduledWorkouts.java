package dev.overload.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user's scheduled workouts as other modules see them: what comes next, and which were kept. */
public interface ScheduledWorkouts {

    /**
     * The occurrences starting in [from, to) that were due by now: done (a session for them was completed) or
     * missed (they ended without one); pending and running ones are not due yet.
     */
    List<DueWorkout> due(UUID userId, Instant from, Instant to);

    /**
     * The next workout still to do (pending or under way) within the next seven days, and what {@link #due} answers
     * for [dueFrom, dueTo), from one read of the schedules and one of their sessions (the dashboard shows both).
     */
    Outlook outlook(UUID userId, Instant dueFrom, Instant dueTo);

    /** @param next null when nothing is to do in the next seven days */
    record Outlook(@Nullable NextWorkout next, List<DueWorkout> due) {
    }

    /** @param dayId null when the schedule places the whole plan */
    record NextWorkout(UUID scheduleId, UUID planId, String planName, UUID dayId, String dayName, Instant start,
            Instant end, boolean underWay) {
    }

    record DueWorkout(UUID scheduleId, Instant start, boolean done) {
    }

    /** How many workouts were due and done; {@code rate} is done / due, null when none was due. */
    record Adherence(int due, int done, @Nullable Double rate) {

        public static Adherence of(List<DueWorkout> workouts) {
            int done = (int) workouts.stream().filter(DueWorkout::done).count();
            return new Adherence(workouts.size(), done, workouts.isEmpty() ? null : (double) done / workouts.size());
        }
    }
}
