package dev.overload.scheduling.domain;

import java.time.Instant;
import java.util.UUID;

/** What a schedule is made of, as the client gives it (checked by {@link Schedules}). */
public record ScheduleDraft(UUID planId, UUID dayId, Instant startTime, Instant endTime, int remindBefore,
        WeeklyRepeat repeat) {
}
