package dev.overload.dashboard.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.insights.Insight;
import dev.overload.scheduling.ScheduledWorkouts;
import dev.overload.training.RecordType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a widget shows, in the user's units and days; one record per widget type. */
@Schema(description = "What the widget shows: the shape of its widget_type", oneOf = {WidgetData.NextWorkout.class,
        WidgetData.WeeklyVolume.class, WidgetData.MuscleSets.class, WidgetData.E1rmTrend.class,
        WidgetData.RecentRecords.class, WidgetData.BodyWeightTrend.class, WidgetData.WellnessToday.class,
        WidgetData.TopInsight.class, WidgetData.AdherenceStreak.class})
public sealed interface WidgetData {

    /** @param source SCHEDULE (the next scheduled workout), ACTIVE_PLAN (its next day) or NONE */
    record NextWorkout(String source, @Nullable UUID scheduleId, @Nullable UUID planId, @Nullable String planName,
            @Nullable UUID dayId, @Nullable String dayName,
            @Nullable Instant start, @Nullable Instant end, boolean underWay) implements WidgetData {
    }

    /** @param week the Monday of the ISO week */
    record WeeklyVolume(List<Week> weeks) implements WidgetData {

        public record Week(LocalDate week, BigDecimal volume, int sets) {
        }
    }

    /** Hard sets per muscle group over the widget's weeks, most first. */
    record MuscleSets(LocalDate from, LocalDate to, List<Muscle> muscleGroups) implements WidgetData {

        public record Muscle(String muscleGroup, BigDecimal hardSets) {
        }
    }

    record E1rmTrend(UUID exerciseId, String exerciseName, List<Point> points) implements WidgetData {

        public record Point(LocalDate date, BigDecimal estimatedOneRepMax) {
        }
    }

    record RecentRecords(List<Record> records) implements WidgetData {

        /** @param value reps for MOST_REPS_AT_WEIGHT, else in the user's unit */
        public record Record(UUID exerciseId, String exerciseName, RecordType type, BigDecimal value,
                @Nullable BigDecimal weight, @Nullable Integer reps, Instant achievedAt) {
        }
    }

    /** @param weight in the user's unit */
    record BodyWeightTrend(List<Point> points) implements WidgetData {

        public record Point(LocalDate date, BigDecimal weight) {
        }
    }

    /** Today's record, or null values where nothing was recorded; {@code recorded} says whether anything was. */
    record WellnessToday(LocalDate date, boolean recorded, @Nullable BigDecimal sleepHours,
            @Nullable Integer sleepQuality,
            @Nullable Integer stressLevel, @Nullable Integer energyLevel, @Nullable Integer motivationLevel,
            @Nullable Integer calories, @Nullable BigDecimal proteinG,
            @Nullable Integer steps, @Nullable Integer waterMl) implements WidgetData {
    }

    /** The strongest finding that survived the correction, or none yet ({@code insight} null). */
    record TopInsight(@Nullable Insight insight) implements WidgetData {
    }

    record AdherenceStreak(@JsonUnwrapped ScheduledWorkouts.Adherence adherence, int currentWeeklyStreak,
            int longestWeeklyStreak) implements WidgetData {
    }
}
