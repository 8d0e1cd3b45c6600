package dev.overload.scheduling.web;

import dev.overload.scheduling.domain.OccurrenceStatus;
import dev.overload.scheduling.domain.ScheduleQueries;
import dev.overload.scheduling.domain.Schedules;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.contract.Idempotent;
import dev.overload.scheduling.domain.Schedule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Schedules")
class ScheduleController {

    private final Schedules schedules;
    private final ScheduleQueries queries;

    ScheduleController(Schedules schedules, ScheduleQueries queries) {
        this.schedules = schedules;
        this.queries = queries;
    }

    @PostMapping("/api/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "createSchedule", summary = "Place one of my plans (or one of its days) in the calendar, "
            + "once or weekly in my time zone, with a reminder remind_before minutes ahead (0 = none)")
    ResponseEntity<ScheduleResponse> create(CurrentUser caller, @Valid @RequestBody ScheduleRequest request) {
        ScheduleResponse created = ScheduleResponse.from(schedules.create(caller.id(), request.toDraft()));
        return ResponseEntity.created(URI.create("/api/schedules/" + created.id())).body(created);
    }

    @GetMapping("/api/schedules")
    @Operation(operationId = "listScheduledWorkouts", summary = "Occurrences of my schedules overlapping [from, to) "
            + "(default: the next 30 days, at most 366), by start time, with status PENDING, ACTIVE, DONE or MISSED")
    List<OccurrenceResponse> list(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) OccurrenceStatus status) {
        return queries.occurrences(caller.id(), from, to, status).stream().map(OccurrenceResponse::from).toList();
    }

    @GetMapping("/api/workouts/upcoming")
    @Operation(operationId = "listUpcomingWorkouts", summary = "My pending and active workouts of the next 7 days, "
            + "by start time")
    List<OccurrenceResponse> upcoming(CurrentUser caller) {
        return queries.upcoming(caller.id()).stream().map(OccurrenceResponse::from).toList();
    }

    @GetMapping("/api/schedules/{scheduleId}")
    @Conditional
    @Operation(operationId = "getSchedule", summary = "One of my schedules")
    ResponseEntity<ScheduleResponse> get(CurrentUser caller, @PathVariable UUID scheduleId) {
        Schedule schedule = schedules.get(caller.id(), scheduleId);
        return ResponseEntity.ok().eTag(ETags.of(schedule.getVersion())).body(ScheduleResponse.from(schedule));
    }

    @PutMapping("/api/schedules/{scheduleId}")
    @Conditional
    @Operation(operationId = "replaceSchedule", summary = "Move or change one of my schedules (the whole of it); "
            + "its reminders follow")
    ScheduleResponse replace(CurrentUser caller, @PathVariable UUID scheduleId,
            @Valid @RequestBody ScheduleRequest request) {
        return ScheduleResponse.from(schedules.replace(caller.id(), scheduleId, request.toDraft()));
    }

    @DeleteMapping("/api/schedules/{scheduleId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteSchedule", summary = "Remove one of my schedules; no more reminders for it")
    void delete(CurrentUser caller, @PathVariable UUID scheduleId) {
        schedules.delete(caller.id(), scheduleId);
    }
}
