package dev.overload.training.domain;

import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A whole finished workout, recorded in one go (seed 001's training log): when it took place, what it
 * trained (a plan day, or nothing), and each exercise's sets as done (kilograms).
 */
public record LoggedSession(UUID trainingPlanId, UUID trainingPlanDayId, String title, String comments,
        String mesocycleName, Integer sessionNumber, LocalDate sessionDate, Instant startedAt, Instant endedAt,
        List<Exercise> exercises) {

    public record Exercise(UUID exerciseId, Integer stimulus, Integer fatigue, List<Set> sets) {
    }

    /** @param status COMPLETED, FAILED or SKIPPED; COMPLETED when left out */
    public record Set(Integer reps, BigDecimal weightKg, Integer rir, SetStatus status) {
    }
}
