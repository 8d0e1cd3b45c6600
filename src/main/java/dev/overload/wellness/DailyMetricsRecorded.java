package dev.overload.wellness;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A user's day was recorded, replaced or deleted: published by the transaction that changed it, so that what is
 * computed from the user's days (insights) can be marked stale.
 */
public record DailyMetricsRecorded(UUID userId, LocalDate date) {
}
