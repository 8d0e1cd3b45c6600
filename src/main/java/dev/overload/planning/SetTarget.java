package dev.overload.planning;

import java.math.BigDecimal;

/** What one planned set asks for: reps at a weight (kilograms, 0 = bodyweight), optionally a time and RIR. */
public record SetTarget(int reps, BigDecimal weightKg, Integer durationSeconds, Integer rir) {
}
