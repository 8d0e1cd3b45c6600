package dev.overload.reporting.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.reporting.render.ExerciseReport;
import dev.overload.reporting.render.ReportHeading;
import dev.overload.shared.DateRange;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingSessions;
import dev.overload.training.TrainingSessions.ExerciseSet;
import dev.overload.training.TrainingStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * The EXERCISE report: the exercise from the catalog, its completed sets of the period with their estimated 1RM
 * (one statement) and the records set with it; each session's figures are summed from its sets as they are shown.
 */
@Component
class ExerciseReports {

    private final ExerciseCatalog catalog;
    private final TrainingSessions sessions;
    private final TrainingStatistics statistics;

    ExerciseReports(ExerciseCatalog catalog, TrainingSessions sessions, TrainingStatistics statistics) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.statistics = statistics;
    }

    ExerciseReport build(Report report, ReportHeading heading, IntConsumer progress) {
        UUID exerciseId = Objects.requireNonNull(report.exerciseId());
        WeightUnit unit = report.weightUnit();
        ExerciseSummary exercise = catalog.visibleTo(report.userId(), List.of(exerciseId)).get(exerciseId);
        if (exercise == null) {
            throw new NotFoundException("Exercise");
        }
        DateRange range = new DateRange(report.from(), report.to());
        List<ExerciseReport.Set> sets = sessions.exerciseSets(report.userId(), exerciseId, range, report.timeZone())
                .stream().map(set -> set(set, unit)).toList();
        progress.accept(40);
        var records = RecordEntries.of(statistics.recordsSet(report.userId(), range, report.timeZone(), exerciseId),
                report.timeZone(), unit);
        progress.accept(60);
        List<ExerciseReport.Session> perSession = sessions(sets);
        return new ExerciseReport(heading, new ExerciseReport.Exercise(exercise.id(), exercise.name(),
                exercise.primaryMuscleGroup(), exercise.secondaryMuscleGroups(), exercise.equipment()),
                new ExerciseReport.Summary(perSession.size(), sets.size(),
                        sets.stream().mapToInt(ExerciseReport.Set::reps).sum(),
                        sum(sets.stream().map(ExerciseReport.Set::volume).toList()),
                        best(sets.stream().map(ExerciseReport.Set::estimatedOneRepMax).toList()),
                        best(sets.stream().map(ExerciseReport.Set::weight).toList())),
                perSession, records, sets);
    }

    private static ExerciseReport.Set set(ExerciseSet set, WeightUnit unit) {
        BigDecimal weight = unit.fromKilograms(set.weightKg());
        return new ExerciseReport.Set(set.sessionId(), set.day(), set.setIndex(), set.reps(), weight, set.rir(),
                unit.fromKilograms(set.estimatedOneRepMaxKg()),
                unit.fromKilograms(set.weightKg().multiply(BigDecimal.valueOf(set.reps()))));
    }

    private static List<ExerciseReport.Session> sessions(List<ExerciseReport.Set> sets) {
        Map<UUID, List<ExerciseReport.Set>> bySession = new LinkedHashMap<>();
        sets.forEach(set -> bySession.computeIfAbsent(set.sessionId(), id -> new ArrayList<>()).add(set));
        return bySession.values().stream().map(own -> new ExerciseReport.Session(own.getFirst().sessionId(),
                own.getFirst().date(), own.size(), own.stream().mapToInt(ExerciseReport.Set::reps).sum(),
                sum(own.stream().map(ExerciseReport.Set::volume).toList()),
                best(own.stream().map(ExerciseReport.Set::weight).toList()),
                best(own.stream().map(ExerciseReport.Set::estimatedOneRepMax).toList()))).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    private static BigDecimal best(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
