package dev.overload.scheduling.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.scheduling.domain.ScheduleDraft;
import dev.overload.scheduling.domain.Weekdays;
import dev.overload.scheduling.domain.WeeklyRepeat;
import dev.overload.shared.errors.InvalidFieldException;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** One of my plans (or one day of it) at a time, with a reminder and an optional weekly repeat. */
@JsonIgnoreProperties({"id", "time_zone", "next_reminder_at", "created_at", "updated_at"})
record ScheduleRequest(
        @NotNull UUID planId,
        UUID dayId,
        @NotNull Instant startTime,
        @NotNull Instant endTime,
        @Min(0) @Max(10080) Integer remindBefore,
        @Valid Repeat repeat) {

    /** Weekly on these weekdays (default: the start's), until a date or for a number of occurrences. */
    record Repeat(@NotNull RepeatFrequency frequency,
            @ArraySchema(schema = @Schema(type = "string", allowableValues = {
                    "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"})) @Size(max = 7) List<String> weekdays,
            LocalDate until,
            @Min(1) @Max(1000) Integer count) {

        WeeklyRepeat toRepeat() {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String name : weekdays == null ? List.<String>of() : weekdays) {
                days.add(Weekdays.find(name == null ? "" : name).orElseThrow(() -> new InvalidFieldException(
                        "repeat.weekdays", "must each be one of MON, TUE, WED, THU, FRI, SAT, SUN")));
            }
            return new WeeklyRepeat(days, until, count);
        }
    }

    ScheduleDraft toDraft() {
        return new ScheduleDraft(planId, dayId, startTime, endTime, remindBefore == null ? 0 : remindBefore,
                repeat == null ? null : repeat.toRepeat());
    }
}
