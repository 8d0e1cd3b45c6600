package dev.overload.scheduling.domain;

import java.time.Instant;
import java.util.UUID;

/** Names one occurrence: its schedule and its start, as sessions and notifications refer to it. */
record OccurrenceKey(UUID scheduleId, Instant start) {
}
