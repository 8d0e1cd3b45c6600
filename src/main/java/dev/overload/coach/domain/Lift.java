package dev.overload.coach.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The user's recent lifting of one exercise: the best estimated one-rep max (Epley) of their latest session with
 * it, and that session's heaviest working weight and its reps (kilograms).
 */
public record Lift(BigDecimal estimatedOneRepMaxKg, BigDecimal recentWeightKg, int recentReps, LocalDate day) {
}
