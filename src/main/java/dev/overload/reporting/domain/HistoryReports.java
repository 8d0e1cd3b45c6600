package dev.overload.reporting.domain;

import dev.overload.planning.TrainingPlans;
import dev.overload.reporting.render.HistoryReport;
import dev.overload.reporting.render.ReportHeading;
import dev.overload.shared.DateRange;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.SetStatus;
import dev.overload.training.TrainingSessions;
import dev.overload.training.TrainingSessions.PerformedSession;
import dev.overload.training.TrainingSessions.PerformedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * The HISTORY report: every completed session of the period with its sets (two statements for all of them) and
 * the names of the plans and days they came from (one more); what each achieved is summed as it is written.
 */
@Component
class HistoryReports {

    private final TrainingSessions sessions;
    private final TrainingPlans plans;

    HistoryReports(TrainingSessions sessions, TrainingPlans plans) {
        this.sessions = sessions;
        this.plans = plans;
    }

    HistoryReport build(Report report, ReportHeading heading, IntConsumer progress) {
        WeightUnit unit = report.weightUnit();
        List<PerformedSession> performed = sessions.performed(report.userId(),
                new DateRange(report.from(), report.to()), report.timeZone());
        progress.accept(40);
        Set<UUID> planIds = new HashSet<>();
        performed.forEach(session -> {
            if (session.planId() != null) {
                planIds.add(session.planId());
            }
            if (session.planDayId() != null) {
                planIds.add(session.planDayId());
            }
        });
        Map<UUID, String> names = planIds.isEmpty() ? Map.of() : plans.names(planIds);
        progress.accept(50);
        List<HistoryReport.Session> written = new ArrayList<>();
        Sum all = new Sum();
        for (PerformedSession session : performed) {
            Sum sessionSum = new Sum();
            List<HistoryReport.Exercise> exercises = new ArrayList<>();
            for (TrainingSessions.PerformedExercise exercise : session.exercises()) {
                Sum exerciseSum = new Sum();
                List<HistoryReport.Set> sets = exercise.sets().stream().map(set -> set(set, unit, exerciseSum))
                        .toList();
                exercises.add(new HistoryReport.Exercise(exercise.exerciseId(), exercise.exerciseName(),
                        exerciseSum.totals(), sets));
                sessionSum.add(exerciseSum);
            }
            all.add(sessionSum);
            String title = session.title() != null ? session.title()
                    : session.planDayId() != null && names.containsKey(session.planDayId())
                            ? names.get(session.planDayId())
                            : "Workout";
            written.add(new HistoryReport.Session(session.id(), session.day(), title,
                    session.planId() == null ? null : names.get(session.planId()), session.durationMinutes(),
                    session.comments(), sessionSum.totals(), exercises));
        }
        return new HistoryReport(heading, all.totals(), written);
    }

    private static HistoryReport.Set set(PerformedSet set, WeightUnit unit, Sum sum) {
        boolean completed = set.status() == SetStatus.COMPLETED && set.actualReps() != null;
        BigDecimal volume = completed && set.actualWeightKg() != null
                ? unit.fromKilograms(set.actualWeightKg().multiply(BigDecimal.valueOf(set.actualReps())))
                : BigDecimal.ZERO;
        sum.planned++;
        if (completed) {
            sum.achieved++;
            sum.reps += set.actualReps();
            sum.volume = sum.volume.add(volume);
        }
        return new HistoryReport.Set(set.setIndex(), set.status(), set.expectedReps(),
                unit.fromKilograms(set.expectedWeightKg()), set.actualReps(), unit.fromKilograms(set.actualWeightKg()),
                set.rir(), volume);
    }

    /**
     * Sets planned and achieved, reps and weight lifted over sets, exercises or sessions. The weight is the sum of
     * the sets' volumes as shown (in the report's unit), so a report's columns add up to its totals.
     */
    private static final class Sum {

        int planned;
        int achieved;
        int reps;
        BigDecimal volume = BigDecimal.ZERO;

        void add(Sum other) {
            planned += other.planned;
            achieved += other.achieved;
            reps += other.reps;
            volume = volume.add(other.volume);
        }

        HistoryReport.Totals totals() {
            return new HistoryReport.Totals(planned, achieved, reps, volume.stripTrailingZeros());
        }
    }
}
