package dev.overload.scheduling.web;

import org.jspecify.annotations.Nullable;
import dev.overload.scheduling.domain.OccurrenceStatus;
import dev.overload.scheduling.domain.ScheduledOccurrence;
import java.time.Instant;
import java.util.UUID;

/** One scheduled workout: what, when, where it stands, and the session that performs it. */
record OccurrenceResponse(UUID scheduleId, UUID planId, String planName, @Nullable UUID dayId, @Nullable String dayName,
        Instant startTime, Instant endTime, int remindBefore, boolean repeating, OccurrenceStatus status,
        @Nullable UUID sessionId) {

    static OccurrenceResponse from(ScheduledOccurrence occurrence) {
        return new OccurrenceResponse(occurrence.scheduleId(), occurrence.planId(), occurrence.planName(),
                occurrence.dayId(), occurrence.dayName(), occurrence.startTime(), occurrence.endTime(),
                occurrence.remindBefore(), occurrence.repeating(), occurrence.status(), occurrence.sessionId());
    }
}
