package dev.overload.dashboard.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.insights.Insights;
import dev.overload.planning.PlanTree;
import dev.overload.planning.TrainingPlans;
import dev.overload.scheduling.ScheduledWorkouts;
import dev.overload.shared.DateRange;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingSessions;
import dev.overload.training.TrainingStatistics;
import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.WellnessSeries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The composed dashboard: every visible widget with its data. Data is read once per widget type, for the
 * widest range any widget of that type asks, and each widget takes its part; so the statements depend on
 * the types shown, not on how many widgets there are. Types that show the same data share its read: the next
 * workout and adherence the schedule's, today's wellness and the body-weight trend the recorded days.
 */
@Component
public class DashboardQueries {

    private final Dashboards dashboards;
    private final TrainingStatistics statistics;
    private final TrainingSessions sessions;
    private final TrainingPlans plans;
    private final ScheduledWorkouts schedule;
    private final ExerciseCatalog catalog;
    private final WellnessSeries wellness;
    private final Insights insights;
    private final Clock clock;

    DashboardQueries(Dashboards dashboards, TrainingStatistics statistics, TrainingSessions sessions,
            TrainingPlans plans, ScheduledWorkouts schedule, ExerciseCatalog catalog, WellnessSeries wellness,
            Insights insights, Clock clock) {
        this.dashboards = dashboards;
        this.statistics = statistics;
        this.sessions = sessions;
        this.plans = plans;
        this.schedule = schedule;
        this.catalog = catalog;
        this.wellness = wellness;
        this.insights = insights;
        this.clock = clock;
    }

    /** Made with its default widgets if the user has none yet. */
    @Transactional
    public DashboardView dashboard(UUID userId, WeightUnit unit, ZoneId zone) {
        Dashboard dashboard = dashboards.existing(userId);
        List<Widget> shown = dashboard.widgets().stream().filter(Widget::visible).toList();
        Map<WidgetType, List<Widget>> byType = shown.stream()
                .collect(Collectors.groupingBy(Widget::type, LinkedHashMap::new, Collectors.toList()));
        Today today = new Today(userId, LocalDate.ofInstant(clock.instant(), zone), zone, unit);
        ScheduledWorkouts.Outlook outlook = outlook(today, byType);
        List<DayMetrics> days = wellnessDays(today, byType);
        Map<Widget, WidgetData> data = new HashMap<>();
        byType.forEach((type, widgets) -> data.putAll(switch (type) {
            case NEXT_WORKOUT -> same(widgets, nextWorkout(userId, outlook.next()));
            case WEEKLY_VOLUME -> weeklyVolume(today, widgets);
            case MUSCLE_SETS -> muscleSets(today, widgets);
            case E1RM_TREND -> e1rmTrends(today, widgets);
            case RECENT_RECORDS -> recentRecords(today, widgets);
            case ADHERENCE_STREAK -> adherence(today, widgets, outlook.due());
            case BODY_WEIGHT_TREND -> bodyWeight(today, widgets, days);
            case WELLNESS_TODAY -> same(widgets, wellnessToday(today, days));
            case TOP_INSIGHT -> same(widgets, new WidgetData.TopInsight(insights.latest(userId, true, 1).stream()
                    .findFirst().orElse(null)));
        }));
        return new DashboardView(dashboard.defaultView(), shown.stream()
                .map(widget -> new DashboardView.Entry(widget.view(), data.get(widget))).toList());
    }

    /** The user, their date today, their zone and unit. */
    private record Today(UUID userId, LocalDate date, ZoneId zone, WeightUnit unit) {

        /** The last {@code weeks} ISO weeks, this one included. */
        DateRange weeks(int weeks) {
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DateRange(monday.minusWeeks(weeks - 1L), date);
        }
    }

    /**
     * The schedule's next workout and the workouts due in the adherence widgets' widest range, read once for both;
     * nothing when neither is shown.
     */
    private ScheduledWorkouts.Outlook outlook(Today today, Map<WidgetType, List<Widget>> byType) {
        if (!byType.containsKey(WidgetType.NEXT_WORKOUT) && !byType.containsKey(WidgetType.ADHERENCE_STREAK)) {
            return new ScheduledWorkouts.Outlook(null, List.of());
        }
        DateRange widest = today.weeks(widest(byType.getOrDefault(WidgetType.ADHERENCE_STREAK, List.of()), 4));
        return schedule.outlook(today.userId(), widest.from().atStartOfDay(today.zone()).toInstant(),
                widest.to().plusDays(1).atStartOfDay(today.zone()).toInstant());
    }

    private WidgetData.NextWorkout nextWorkout(UUID userId, ScheduledWorkouts.@Nullable NextWorkout next) {
        if (next != null) {
            return new WidgetData.NextWorkout("SCHEDULE", next.scheduleId(), next.planId(), next.planName(),
                    next.dayId(), next.dayName(), next.start(), next.end(), next.underWay());
        }
        return plans.activePlan(userId).map(planId -> plans.plan(userId, planId))
                .filter(plan -> !plan.days().isEmpty())
                .map(plan -> {
                    PlanTree.Day day = nextDay(plan, sessions.lastTrainedDay(userId, plan.id()));
                    return new WidgetData.NextWorkout("ACTIVE_PLAN", null, plan.id(), plan.name(), day.id(),
                            day.name(), null, null, false);
                })
                .orElse(new WidgetData.NextWorkout("NONE", null, null, null, null, null, null, null, false));
    }

    /** The day after the one trained last, round the plan; the first day when none was. */
    private static PlanTree.Day nextDay(PlanTree plan, Optional<UUID> lastDay) {
        List<PlanTree.Day> days = plan.days();
        int last = lastDay.map(id -> days.stream().map(PlanTree.Day::id).toList().indexOf(id)).orElse(-1);
        return days.get((last + 1) % days.size());
    }

    private Map<Widget, WidgetData> weeklyVolume(Today today, List<Widget> widgets) {
        List<TrainingStatistics.VolumePoint> weeks = statistics.volume(today.userId(),
                today.weeks(widest(widgets, 12)), today.zone(), TrainingStatistics.Period.WEEK);
        return each(widgets, widget -> {
            LocalDate from = today.weeks(widget.weeks(12)).from();
            return new WidgetData.WeeklyVolume(weeks.stream().filter(week -> !week.start().isBefore(from))
                    .map(week -> new WidgetData.WeeklyVolume.Week(week.start(),
                            today.unit().fromKilograms(week.volumeKg()), week.sets()))
                    .toList());
        });
    }

    private Map<Widget, WidgetData> muscleSets(Today today, List<Widget> widgets) {
        List<TrainingStatistics.MuscleGroupSets> sets = statistics.hardSets(today.userId(),
                today.weeks(widest(widgets, 1)), today.zone());
        return each(widgets, widget -> {
            DateRange range = today.weeks(widget.weeks(1));
            Map<String, BigDecimal> total = new TreeMap<>();
            sets.stream().filter(week -> !week.week().isBefore(range.from()))
                    .forEach(week -> total.merge(week.muscleGroup(), week.hardSets(), BigDecimal::add));
            return new WidgetData.MuscleSets(range.from(), range.to(), total.entrySet().stream()
                    .map(entry -> new WidgetData.MuscleSets.Muscle(entry.getKey(), entry.getValue()))
                    .sorted(Comparator.comparing(WidgetData.MuscleSets.Muscle::hardSets).reversed())
                    .toList());
        });
    }

    private Map<Widget, WidgetData> e1rmTrends(Today today, List<Widget> widgets) {
        List<UUID> exercises = widgets.stream().map(Widget::exerciseId).distinct().toList();
        Map<UUID, List<TrainingStatistics.E1rmPoint>> points = statistics.estimatedOneRepMax(today.userId(),
                exercises, today.weeks(widest(widgets, 12)), today.zone());
        Map<UUID, String> names = catalog.names(exercises);
        return each(widgets, widget -> {
            LocalDate from = today.weeks(widget.weeks(12)).from();
            return new WidgetData.E1rmTrend(widget.exerciseId(), names.get(widget.exerciseId()),
                    points.get(widget.exerciseId()).stream().filter(point -> !point.day().isBefore(from))
                            .map(point -> new WidgetData.E1rmTrend.Point(point.day(),
                                    today.unit().fromKilograms(point.estimatedOneRepMaxKg())))
                            .toList());
        });
    }

    private Map<Widget, WidgetData> recentRecords(Today today, List<Widget> widgets) {
        List<TrainingStatistics.RecentRecord> records = statistics.recentRecords(today.userId(),
                widgets.stream().mapToInt(widget -> widget.limit(5)).max().orElse(5));
        return each(widgets, widget -> new WidgetData.RecentRecords(records.stream().limit(widget.limit(5))
                .map(record -> new WidgetData.RecentRecords.Record(record.exerciseId(), record.exerciseName(),
                        record.type(), record.type().shown(record.value(), today.unit()),
                        today.unit().fromKilograms(record.weightKg()), record.reps(), record.achievedAt()))
                .toList()));
    }

    /**
     * The recorded days the wellness widgets show, read once for both: the body-weight trends' widest range, which
     * ends today, or today alone; none when neither is shown.
     */
    private List<DayMetrics> wellnessDays(Today today, Map<WidgetType, List<Widget>> byType) {
        List<Widget> trends = byType.getOrDefault(WidgetType.BODY_WEIGHT_TREND, List.of());
        if (trends.isEmpty() && !byType.containsKey(WidgetType.WELLNESS_TODAY)) {
            return List.of();
        }
        LocalDate from = trends.isEmpty() ? today.date() : today.weeks(widest(trends, 12)).from();
        return wellness.days(today.userId(), from, today.date());
    }

    private static Map<Widget, WidgetData> bodyWeight(Today today, List<Widget> widgets, List<DayMetrics> days) {
        return each(widgets, widget -> {
            LocalDate from = today.weeks(widget.weeks(12)).from();
            return new WidgetData.BodyWeightTrend(days.stream()
                    .filter(day -> day.readings().bodyWeightKg() != null && !day.date().isBefore(from))
                    .map(day -> new WidgetData.BodyWeightTrend.Point(day.date(),
                            today.unit().fromKilograms(day.readings().bodyWeightKg())))
                    .toList());
        });
    }

    private static WidgetData.WellnessToday wellnessToday(Today today, List<DayMetrics> days) {
        return days.stream().filter(day -> day.date().equals(today.date())).findFirst()
                .map(day -> new WidgetData.WellnessToday(day.date(), true, day.sleepHours(),
                        day.readings().sleepQuality(), day.readings().stressLevel(), day.readings().energyLevel(),
                        day.readings().motivationLevel(), day.calories(), day.proteinG(), day.readings().steps(),
                        day.readings().waterMl()))
                .orElse(new WidgetData.WellnessToday(today.date(), false, null, null, null, null, null, null, null,
                        null, null));
    }

    private Map<Widget, WidgetData> adherence(Today today, List<Widget> widgets,
            List<ScheduledWorkouts.DueWorkout> due) {
        DateRange widest = today.weeks(widest(widgets, 4));
        TrainingStatistics.TrainingSummary streaks = statistics.summary(today.userId(), widest, today.zone());
        return each(widgets, widget -> {
            var from = today.weeks(widget.weeks(4)).from().atStartOfDay(today.zone()).toInstant();
            return new WidgetData.AdherenceStreak(ScheduledWorkouts.Adherence.of(due.stream()
                    .filter(workout -> !workout.start().isBefore(from)).toList()), streaks.currentWeeklyStreak(),
                    streaks.longestWeeklyStreak());
        });
    }

    private static int widest(List<Widget> widgets, int byDefault) {
        return widgets.stream().mapToInt(widget -> widget.weeks(byDefault)).max().orElse(byDefault);
    }

    private static Map<Widget, WidgetData> same(List<Widget> widgets, WidgetData data) {
        return each(widgets, widget -> data);
    }

    private static Map<Widget, WidgetData> each(List<Widget> widgets,
            java.util.function.Function<Widget, WidgetData> data) {
        Map<Widget, WidgetData> result = new HashMap<>();
        widgets.forEach(widget -> result.put(widget, data.apply(widget)));
        return result;
    }
}
