package dev.overload.dashboard.web;

import dev.overload.scheduling.ScheduledWorkouts;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.DateRange;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/** Training totals with how many scheduled workouts were kept: it composes training and scheduling. */
@RestController
@Tag(name = "Statistics")
class StatsSummaryController {

    private final TrainingStatistics statistics;
    private final ScheduledWorkouts schedule;
    private final Clock clock;

    StatsSummaryController(TrainingStatistics statistics, ScheduledWorkouts schedule, Clock clock) {
        this.statistics = statistics;
        this.schedule = schedule;
        this.clock = clock;
    }

    @GetMapping("/api/stats/summary")
    @Operation(operationId = "getTrainingSummary", summary = "Sessions, sets, volume (my unit), minutes, average "
            + "RIR and records set in the range; scheduled workouts due and done; my current and longest weekly "
            + "streaks. Days in my time zone; default the last 12 weeks, at most 5 years")
    SummaryResponse summary(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ZoneId zone = caller.timeZone();
        DateRange range = DateRange.requested(from, to, caller.today(clock), Period.ofWeeks(12), Period.ofYears(5));
        TrainingStatistics.TrainingSummary summary = statistics.summary(caller.id(), range, zone);
        List<ScheduledWorkouts.DueWorkout> due = schedule.due(caller.id(),
                range.from().atStartOfDay(zone).toInstant(), range.to().plusDays(1).atStartOfDay(zone).toInstant());
        WeightUnit unit = caller.weightUnit();
        return new SummaryResponse(range.from(), range.to(), unit, summary.sessions(), summary.sets(),
                unit.fromKilograms(summary.volumeKg()), summary.minutes(), summary.averageRir(),
                summary.recordsSet(),
                ScheduledWorkouts.Adherence.of(due),
                summary.currentWeeklyStreak(), summary.longestWeeklyStreak());
    }

    record SummaryResponse(LocalDate from, LocalDate to, WeightUnit weightUnit, int sessions, int sets,
            BigDecimal volume, int minutes, @Nullable BigDecimal averageRir, int recordsSet,
            ScheduledWorkouts.Adherence adherence,
            int currentWeeklyStreak, int longestWeeklyStreak) {
    }
}
