package dev.overload.reporting.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.insights.Insight;
import dev.overload.insights.Insights;
import dev.overload.reporting.render.ProgressReport;
import dev.overload.reporting.render.ReportHeading;
import dev.overload.scheduling.ScheduledWorkouts;
import dev.overload.shared.DateRange;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingStatistics;
import dev.overload.training.TrainingStatistics.TrainingSummary;
import dev.overload.training.TrainingStatistics.WeekTotals;
import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.WellnessSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The PROGRESS report from the training statistics, the schedule's adherence, wellness and insights: each a
 * fixed number of statements aggregated in SQL, so the report costs the same number whatever the period.
 */
@Component
class ProgressReports {

    /** The lifts with the most volume in the period whose estimated 1RM the report follows. */
    static final int MAIN_LIFTS = 3;
    private static final int INSIGHTS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final TrainingStatistics statistics;
    private final ScheduledWorkouts schedule;
    private final WellnessSeries wellness;
    private final Insights insights;
    private final ExerciseCatalog catalog;

    ProgressReports(TrainingStatistics statistics, ScheduledWorkouts schedule, WellnessSeries wellness,
            Insights insights, ExerciseCatalog catalog) {
        this.statistics = statistics;
        this.schedule = schedule;
        this.wellness = wellness;
        this.insights = insights;
        this.catalog = catalog;
    }

    ProgressReport build(Report report, ReportHeading heading, IntConsumer progress) {
        UUID userId = report.userId();
        ZoneId zone = report.timeZone();
        WeightUnit unit = report.weightUnit();
        DateRange range = new DateRange(report.from(), report.to());
        long days = ChronoUnit.DAYS.between(range.from(), range.to()) + 1;
        DateRange before = new DateRange(range.from().minusDays(days), range.from().minusDays(1));

        List<WeekTotals> weeks = statistics.weeks(userId, range, zone);
        ProgressReport.Period current = period(userId, range, zone, unit, weeks);
        progress.accept(20);
        ProgressReport.Period previous = period(userId, before, zone, unit, statistics.weeks(userId, before, zone));
        progress.accept(35);
        Map<UUID, BigDecimal> volumes = exerciseVolumes(weeks);
        Map<UUID, ExerciseSummary> exercises = catalog.summaries(volumes.keySet());
        List<ProgressReport.MuscleGroup> muscleGroups = muscleGroups(userId, range, zone, days, unit, volumes,
                exercises);
        progress.accept(45);
        List<ProgressReport.Lift> lifts = mainLifts(userId, range, zone, unit, volumes, exercises);
        progress.accept(60);
        var records = RecordEntries.of(statistics.recordsSet(userId, range, zone, null), zone, unit);
        ProgressReport.BodyWeight bodyWeight = bodyWeight(wellness.days(userId, range.from(), range.to()), unit);
        List<String> findings = insights.latest(userId, true, INSIGHTS).stream().map(Insight::insightText).toList();
        progress.accept(70);
        return new ProgressReport(heading, current, previous, changes(current, previous),
                weeks.stream().map(week -> new ProgressReport.Week(week.week(), week.sessions(), week.sets(),
                        week.hardSets(), unit.fromKilograms(week.volumeKg()))).toList(),
                muscleGroups, lifts, records, bodyWeight, findings);
    }

    private ProgressReport.Period period(UUID userId, DateRange range, ZoneId zone, WeightUnit unit,
            List<WeekTotals> weeks) {
        TrainingSummary summary = statistics.summary(userId, range, zone);
        ScheduledWorkouts.Adherence adherence = ScheduledWorkouts.Adherence.of(schedule.due(userId,
                range.from().atStartOfDay(zone).toInstant(), range.to().plusDays(1).atStartOfDay(zone).toInstant()));
        return new ProgressReport.Period(range.from(), range.to(), summary.sessions(), summary.sets(),
                weeks.stream().mapToInt(WeekTotals::hardSets).sum(), unit.fromKilograms(summary.volumeKg()),
                summary.minutes(), summary.averageRir(), summary.recordsSet(), adherence.due(), adherence.done(),
                adherence.rate() == null ? null
                        : BigDecimal.valueOf(adherence.rate()).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
    }

    /** Each exercise's volume over the period, in kilograms. */
    private static Map<UUID, BigDecimal> exerciseVolumes(List<WeekTotals> weeks) {
        Map<UUID, BigDecimal> volumes = new HashMap<>();
        weeks.forEach(week -> week.exercises()
                .forEach(exercise -> volumes.merge(exercise.exerciseId(), exercise.volumeKg(), BigDecimal::add)));
        return volumes;
    }

    /** Hard sets as the statistics count them; volume the same way: all of it to the primary, ½ to each secondary. */
    private List<ProgressReport.MuscleGroup> muscleGroups(UUID userId, DateRange range, ZoneId zone, long days,
            WeightUnit unit, Map<UUID, BigDecimal> volumes, Map<UUID, ExerciseSummary> exercises) {
        Map<String, BigDecimal> hardSets = new HashMap<>();
        statistics.hardSets(userId, range, zone)
                .forEach(sets -> hardSets.merge(sets.muscleGroup(), sets.hardSets(), BigDecimal::add));
        Map<String, BigDecimal> volumeKg = new HashMap<>();
        volumes.forEach((exerciseId, volume) -> {
            ExerciseSummary exercise = exercises.get(exerciseId);
            if (exercise != null) {
                volumeKg.merge(exercise.primaryMuscleGroup(), volume, BigDecimal::add);
                exercise.secondaryMuscleGroups()
                        .forEach(muscle -> volumeKg.merge(muscle, volume.multiply(HALF), BigDecimal::add));
            }
        });
        BigDecimal weeks = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_UP);
        Set<String> groups = new HashSet<>(hardSets.keySet());
        groups.addAll(volumeKg.keySet());
        return groups.stream()
                .map(group -> {
                    BigDecimal sets = hardSets.getOrDefault(group, BigDecimal.ZERO);
                    return new ProgressReport.MuscleGroup(group, sets.stripTrailingZeros(),
                            sets.divide(weeks, 1, RoundingMode.HALF_UP),
                            unit.fromKilograms(volumeKg.getOrDefault(group, BigDecimal.ZERO)));
                })
                .sorted(Comparator.comparing(ProgressReport.MuscleGroup::hardSets).reversed()
                        .thenComparing(ProgressReport.MuscleGroup::volume, Comparator.reverseOrder())
                        .thenComparing(ProgressReport.MuscleGroup::muscleGroup))
                .toList();
    }

    private List<ProgressReport.Lift> mainLifts(UUID userId, DateRange range, ZoneId zone, WeightUnit unit,
            Map<UUID, BigDecimal> volumes, Map<UUID, ExerciseSummary> exercises) {
        List<UUID> main = volumes.entrySet().stream().filter(entry -> entry.getValue().signum() > 0)
                .sorted(Map.Entry.<UUID, BigDecimal>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().toString()))
                .limit(MAIN_LIFTS).map(Map.Entry::getKey).toList();
        if (main.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TrainingStatistics.E1rmPoint>> points = statistics.estimatedOneRepMax(userId, main, range,
                zone);
        Map<UUID, ProgressReport.Lift> lifts = new LinkedHashMap<>();
        for (UUID exerciseId : main) {
            List<ProgressReport.E1rm> line = points.getOrDefault(exerciseId, List.of()).stream()
                    .map(point -> new ProgressReport.E1rm(point.day(),
                            unit.fromKilograms(point.estimatedOneRepMaxKg())))
                    .toList();
            BigDecimal first = line.isEmpty() ? null : line.getFirst().estimatedOneRepMax();
            BigDecimal last = line.isEmpty() ? null : line.getLast().estimatedOneRepMax();
            BigDecimal best = line.stream().map(ProgressReport.E1rm::estimatedOneRepMax)
                    .max(Comparator.naturalOrder()).orElse(null);
            ExerciseSummary exercise = exercises.get(exerciseId);
            lifts.put(exerciseId, new ProgressReport.Lift(exerciseId, exercise == null ? "?" : exercise.name(),
                    unit.fromKilograms(volumes.get(exerciseId)), first, last, best,
                    line.size() < 2 ? null : percent(last, first), line));
        }
        return List.copyOf(lifts.values());
    }

    private static ProgressReport.@Nullable BodyWeight bodyWeight(List<DayMetrics> days, WeightUnit unit) {
        List<ProgressReport.Weight> points = days.stream().filter(day -> day.readings().bodyWeightKg() != null)
                .map(day -> new ProgressReport.Weight(day.date(), unit.fromKilograms(day.readings().bodyWeightKg())))
                .toList();
        if (points.isEmpty()) {
            return null;
        }
        BigDecimal first = points.getFirst().weight();
        BigDecimal last = points.getLast().weight();
        return new ProgressReport.BodyWeight(first, last, last.subtract(first), points);
    }

    private static ProgressReport.Changes changes(ProgressReport.Period current, ProgressReport.Period previous) {
        return new ProgressReport.Changes(percent(current.sessions(), previous.sessions()),
                percent(current.sets(), previous.sets()), percent(current.hardSets(), previous.hardSets()),
                percent(current.volume(), previous.volume()), percent(current.minutes(), previous.minutes()));
    }

    private static @Nullable BigDecimal percent(long now, long before) {
        return percent(BigDecimal.valueOf(now), BigDecimal.valueOf(before));
    }

    /** The change from {@code before} to {@code now} in percent, one decimal; null when before is 0. */
    private static @Nullable BigDecimal percent(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    }
}
