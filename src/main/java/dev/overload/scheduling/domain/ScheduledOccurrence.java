package dev.overload.scheduling.domain;

import java.time.Instant;
import java.util.UUID;

/** One occurrence of a schedule as listed: what it trains, when, and the session that performs it, if any. */
public record ScheduledOccurrence(UUID scheduleId, UUID planId, String planName, UUID dayId, String dayName,
        Instant startTime, Instant endTime, int remindBefore, boolean repeating, OccurrenceStatus status,
        UUID sessionId) {
}
