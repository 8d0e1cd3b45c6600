package dev.overload.training.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One completed set of an exercise, with its session, for the exercise's history (kilograms). */
public record HistoryEntry(UUID sessionId, Instant sessionDate, String sessionTitle, UUID setId, int setIndex,
        int reps, BigDecimal weightKg, Integer rir, Instant completedAt, BigDecimal estimatedOneRepMaxKg) {
}
