package dev.overload.training.web;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.DateRange;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stats")
@Tag(name = "Statistics")
class StatisticsController {

    /** Without from and to: the last twelve weeks; at most five years. */
    static final Period DEFAULT_RANGE = Period.ofWeeks(12);
    static final Period LONGEST_RANGE = Period.ofYears(5);

    private final TrainingStatistics statistics;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    StatisticsController(TrainingStatistics statistics, ExerciseCatalog catalog, Clock clock) {
        this.statistics = statistics;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/volume")
    @Operation(operationId = "getTrainingVolume", summary = "Volume (Σ reps × weight, in my unit) and completed "
            + "sets per day or ISO week, or hard sets (RIR ≤ 3 or none) per muscle group per week: primary muscle "
            + "1, secondary ½. Days in my time zone; default the last 12 weeks, at most 5 years")
    VolumeResponse volume(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "group_by", defaultValue = "WEEK") Grouping groupBy) {
        DateRange range = range(caller, from, to);
        WeightUnit unit = caller.weightUnit();
        if (groupBy == Grouping.MUSCLE_GROUP) {
            return new VolumeResponse(range.from(), range.to(), groupBy, unit, List.of(),
                    statistics.hardSets(caller.id(), range, caller.timeZone()).stream()
                            .map(sets -> new VolumeResponse.MuscleGroup(sets.week(), sets.muscleGroup(),
                                    sets.hardSets()))
                            .toList());
        }
        TrainingStatistics.Period period = groupBy == Grouping.DAY ? TrainingStatistics.Period.DAY
                : TrainingStatistics.Period.WEEK;
        return new VolumeResponse(range.from(), range.to(), groupBy, unit,
                statistics.volume(caller.id(), range, caller.timeZone(), period).stream()
                        .map(point -> new VolumeResponse.Volume(point.start(), unit.fromKilograms(point.volumeKg()),
                                point.sets()))
                        .toList(),
                List.of());
    }

    @GetMapping("/e1rm")
    @ErrorStatus(value = 404, description = "No such exercise among the catalog's and mine")
    @Operation(operationId = "getEstimatedOneRepMax", summary = "My best estimated 1RM of an exercise in each "
            + "session (Epley: weight × (1 + reps / 30), the weight itself for one rep), in my unit")
    E1rmResponse estimatedOneRepMax(CurrentUser caller, @RequestParam(name = "exercise_id") UUID exerciseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange range = range(caller, from, to);
        var exercise = catalog.visibleTo(caller.id(), List.of(exerciseId)).get(exerciseId);
        if (exercise == null) {
            throw new NotFoundException("Exercise");
        }
        WeightUnit unit = caller.weightUnit();
        return new E1rmResponse(exerciseId, exercise.name(), range.from(), range.to(), unit,
                statistics.estimatedOneRepMax(caller.id(), List.of(exerciseId), range, caller.timeZone())
                        .get(exerciseId).stream()
                        .map(point -> new E1rmResponse.Point(point.sessionId(), point.day(),
                                unit.fromKilograms(point.estimatedOneRepMaxKg()), unit.fromKilograms(point.weightKg()),
                                point.reps()))
                        .toList());
    }

    private DateRange range(CurrentUser caller, LocalDate from, LocalDate to) {
        return DateRange.requested(from, to, caller.today(clock), DEFAULT_RANGE, LONGEST_RANGE);
    }

    enum Grouping {
        DAY,
        WEEK,
        MUSCLE_GROUP
    }

    /** {@code volumes} for DAY and WEEK, {@code muscle_groups} for MUSCLE_GROUP; the other list is empty. */
    record VolumeResponse(LocalDate from, LocalDate to, Grouping groupBy, WeightUnit weightUnit,
            List<Volume> volumes, List<MuscleGroup> muscleGroups) {

        /** @param start the day, or the Monday of the ISO week */
        record Volume(LocalDate start, BigDecimal volume, int sets) {
        }

        /** @param week the Monday of the ISO week */
        record MuscleGroup(LocalDate week, String muscleGroup, BigDecimal hardSets) {
        }
    }

    record E1rmResponse(UUID exerciseId, String exerciseName, LocalDate from, LocalDate to, WeightUnit weightUnit,
            List<Point> points) {

        record Point(UUID sessionId, LocalDate date, BigDecimal estimatedOneRepMax, BigDecimal weight, int reps) {
        }
    }
}
