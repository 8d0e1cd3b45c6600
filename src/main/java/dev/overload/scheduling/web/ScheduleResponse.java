package dev.overload.scheduling.web;

import org.jspecify.annotations.Nullable;
import dev.overload.scheduling.domain.Schedule;
import dev.overload.scheduling.domain.Weekdays;
import dev.overload.scheduling.domain.WeeklyRepeat;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A schedule as placed; {@code time_zone} is the zone its weekly repeat keeps local time in. */
record ScheduleResponse(UUID id, UUID planId, @Nullable UUID dayId, Instant startTime, Instant endTime, String timeZone,
        int remindBefore, @Nullable Repeat repeat, @Nullable Instant nextReminderAt, Instant createdAt,
        Instant updatedAt) {

    record Repeat(RepeatFrequency frequency,
            @ArraySchema(schema = @Schema(type = "string", allowableValues = {
                    "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"})) List<String> weekdays,
            @Nullable LocalDate until,
            @Nullable Integer count) {
    }

    static ScheduleResponse from(Schedule schedule) {
        WeeklyRepeat repeat = schedule.repeat();
        return new ScheduleResponse(schedule.getId(), schedule.planId(), schedule.dayId(), schedule.startTime(),
                schedule.endTime(), schedule.timeZone(), schedule.remindBefore(),
                repeat == null ? null : new Repeat(RepeatFrequency.WEEKLY,
                        repeat.weekdays().stream().sorted().map(Weekdays::name).toList(), repeat.until(),
                        repeat.count()),
                schedule.nextReminderAt(), schedule.getCreatedAt(), schedule.getUpdatedAt());
    }
}
