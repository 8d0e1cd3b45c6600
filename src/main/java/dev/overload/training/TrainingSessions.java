package dev.overload.training;

import dev.overload.shared.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Training sessions as other modules see them. */
public interface TrainingSessions {

    /** The sessions that perform occurrences of these schedules, whose occurrence starts in [from, to). */
    List<LinkedSession> linkedTo(Collection<UUID> scheduleIds, Instant from, Instant to);

    /** The day of the plan the user trained last (in their last completed session of it), if any. */
    Optional<UUID> lastTrainedDay(UUID userId, UUID planId);

    /**
     * The sessions that train these plans (of any day), per plan, newest first; cancelled ones are left out. One
     * statement for all the plans.
     */
    Map<UUID, List<PlanSession>> ofPlans(Collection<UUID> planIds);

    /** The plans among {@code planIds} that a completed session trained. */
    Set<UUID> completedPlans(Collection<UUID> planIds);

    /** Each user's latest completed session, for the users who have one. */
    Map<UUID, Instant> lastCompleted(Collection<UUID> userIds);

    /** A session that trains a plan: when it took place (or was started) and how far it got. */
    record PlanSession(UUID sessionId, UUID planId, Instant sessionDate, SessionStatus status) {
    }

    /**
     * Every completed session of the range (the user's days in their zone), oldest first, with its exercises and
     * all their sets, planned beside actual, in kilograms: two statements (the sessions' rows and the catalog's
     * names), whatever the range.
     */
    List<PerformedSession> performed(UUID userId, DateRange range, ZoneId zone);

    /**
     * The completed sets of one exercise in the user's completed sessions of the range, oldest first, each with
     * its estimated 1RM (Epley): one statement.
     */
    List<ExerciseSet> exerciseSets(UUID userId, UUID exerciseId, DateRange range, ZoneId zone);

    /** @param day the session's day in the user's zone */
    record PerformedSession(UUID id, LocalDate day, @Nullable String title, @Nullable UUID planId,
            @Nullable UUID planDayId, @Nullable Instant startedAt, @Nullable Instant endedAt,
            @Nullable Integer durationMinutes, @Nullable String comments, List<PerformedExercise> exercises) {
    }

    record PerformedExercise(UUID exerciseId, String exerciseName, int orderIndex, List<PerformedSet> sets) {
    }

    /** Planned (expected) beside actual; weights in kilograms, null where nothing was planned or logged. */
    record PerformedSet(int setIndex, SetStatus status, @Nullable Integer expectedReps,
            @Nullable BigDecimal expectedWeightKg, @Nullable Integer actualReps, @Nullable BigDecimal actualWeightKg,
            @Nullable Integer rir) {
    }

    /** @param estimatedOneRepMaxKg null for a set without reps or load */
    record ExerciseSet(UUID sessionId, LocalDate day, int setIndex, int reps, BigDecimal weightKg,
            @Nullable Integer rir, @Nullable BigDecimal estimatedOneRepMaxKg) {
    }

    record LinkedSession(UUID sessionId, UUID scheduleId, Instant occurrenceStart, SessionStatus status) {
    }
}
