package dev.overload.training.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.training.SetStatus;
import dev.overload.training.domain.LoggedSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A whole finished workout (seed 001's training log). {@code session_date} is my day; {@code started_at} and
 * {@code ended_at} are optional and in the past. Weights in my unit; a set is COMPLETED unless it says FAILED
 * or SKIPPED. With a plan day, the exercises fill the day's slots in order and progression applies.
 */
record LogSessionRequest(UUID trainingPlanId, UUID trainingPlanDayId, @Size(max = 200) String title,
        @Size(max = 2000) String comments, @Size(max = 100) String mesocycleName,
        @Min(1) @Max(10000) Integer sessionNumber, @NotNull LocalDate sessionDate, Instant startedAt,
        Instant endedAt, @NotEmpty @Size(max = 40) List<@Valid @NotNull Exercise> exercises) {

    record Exercise(@NotNull UUID exerciseId, @Min(1) @Max(5) Integer stimulus, @Min(1) @Max(5) Integer fatigue,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Set> sets) {
    }

    record Set(@Min(0) @Max(1000) Integer reps,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal weight,
            @Min(0) @Max(10) Integer rir, SetStatus status) {
    }

    LoggedSession toLogged(WeightUnit unit) {
        return new LoggedSession(trainingPlanId, trainingPlanDayId, title, comments, mesocycleName, sessionNumber,
                sessionDate, startedAt, endedAt, exercises.stream()
                        .map(exercise -> new LoggedSession.Exercise(exercise.exerciseId(), exercise.stimulus(),
                                exercise.fatigue(), exercise.sets().stream()
                                        .map(set -> new LoggedSession.Set(set.reps(), unit.toKilograms(set.weight()),
                                                set.rir(), set.status()))
                                        .toList()))
                        .toList());
    }
}
