package dev.overload.scheduling.domain;

import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.training.ScheduledOccurrences;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells training which occurrence a session started from a schedule performs: the nearest, within a week. */
@Component
class OccurrencesForSessions implements ScheduledOccurrences {

    private static final Duration NEAR = Duration.ofDays(7);

    private final ScheduleRepository schedules;

    OccurrencesForSessions(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    @Override
    public OccurrenceToPerform toPerform(UUID userId, UUID scheduleId, Instant now) {
        Schedule schedule = schedules.findByIdAndUserId(scheduleId, userId)
                .orElseThrow(() -> new NotFoundException("Schedule"));
        Occurrence occurrence = schedule.recurrence().nearest(now, NEAR)
                .orElseThrow(() -> new ConflictException("The schedule has no occurrence within 7 days of now"));
        return new OccurrenceToPerform(schedule.getId(), occurrence.start(), schedule.planId(),
                schedule.dayId());
    }
}
