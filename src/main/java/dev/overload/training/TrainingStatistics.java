package dev.overload.training;

import dev.overload.shared.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Numbers about a user's training over a range of their days (in their time zone), from completed sessions
 * and their completed sets, aggregated in SQL. Weights and volumes in kilograms. Every method costs a fixed
 * number of statements, whatever the range.
 */
public interface TrainingStatistics {

    /** Volume (Σ reps × weight) and completed sets per day or per ISO week (Monday), every period listed. */
    List<VolumePoint> volume(UUID userId, DateRange range, ZoneId zone, Period period);

    /**
     * Hard sets per muscle group per ISO week: completed sets with RIR ≤ 3 or no RIR recorded; a set counts 1
     * for its exercise's primary muscle group and ½ for each secondary one.
     */
    List<MuscleGroupSets> hardSets(UUID userId, DateRange range, ZoneId zone);

    /** Each exercise's best estimated 1RM (Epley; the weight itself for one rep) in each session, by day. */
    Map<UUID, List<E1rmPoint>> estimatedOneRepMax(UUID userId, Collection<UUID> exerciseIds, DateRange range,
            ZoneId zone);

    /** The user's current personal records, newest first. */
    List<RecentRecord> recentRecords(UUID userId, int limit);

    /** Totals of the range, and the weekly streaks over all time. */
    TrainingSummary summary(UUID userId, DateRange range, ZoneId zone);

    /** Each day of the range the user trained, with what other modules correlate with their day. */
    List<TrainedDay> days(UUID userId, DateRange range, ZoneId zone);

    /**
     * Each ISO week of the range with a completed session: its sessions, completed sets, hard sets and volume, in
     * all and per exercise (one statement). Weeks are cut at the range's ends, so the weeks add up to the range.
     */
    List<WeekTotals> weeks(UUID userId, DateRange range, ZoneId zone);

    /**
     * The personal records set in the range: for each exercise and kind of record (and weight, for most reps at a
     * weight) the best one achieved in it, newest first; of one exercise only when {@code exerciseId} is given.
     */
    List<RecentRecord> recordsSet(UUID userId, DateRange range, ZoneId zone, @Nullable UUID exerciseId);

    enum Period {
        DAY,
        WEEK
    }

    /** @param start the day, or the Monday of the ISO week */
    record VolumePoint(LocalDate start, BigDecimal volumeKg, int sets) {
    }

    /** @param week the Monday of the ISO week */
    record MuscleGroupSets(LocalDate week, String muscleGroup, BigDecimal hardSets) {
    }

    /** @param value reps for MOST_REPS_AT_WEIGHT, else kilograms (see {@link RecordType#shown}) */
    record RecentRecord(UUID exerciseId, String exerciseName, RecordType type, BigDecimal value,
            @Nullable BigDecimal weightKg, @Nullable Integer reps, Instant achievedAt) {
    }

    record E1rmPoint(UUID sessionId, LocalDate day, BigDecimal estimatedOneRepMaxKg, BigDecimal weightKg, int reps) {
    }

    /**
     * @param averageRir over completed sets with a RIR, null when none has one
     * @param currentWeeklyStreak ISO weeks in a row with a completed session, up to this week (or the last one,
     *        while this week has none yet)
     */
    record TrainingSummary(int sessions, int sets, BigDecimal volumeKg, int minutes, @Nullable BigDecimal averageRir,
            int recordsSet, int currentWeeklyStreak, int longestWeeklyStreak) {
    }

    /** @param week the Monday of the ISO week; {@code exercises} by volume, largest first */
    record WeekTotals(LocalDate week, int sessions, int sets, int hardSets, BigDecimal volumeKg,
            List<ExerciseTotals> exercises) {
    }

    /** @param sessions the week's sessions with a completed set of the exercise */
    record ExerciseTotals(UUID exerciseId, int sessions, int sets, int hardSets, BigDecimal volumeKg) {
    }

    /**
     * @param e1rmChangePercent the mean change of each exercise's best estimated 1RM that day against its
     *        previous day with it, in percent; null when no exercise had an earlier day
     */
    record TrainedDay(LocalDate day, int sessions, BigDecimal volumeKg, int sets, BigDecimal hardSets,
            @Nullable BigDecimal averageRir, @Nullable BigDecimal e1rmChangePercent) {
    }
}
