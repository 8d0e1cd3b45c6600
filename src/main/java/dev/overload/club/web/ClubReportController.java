package dev.overload.club.web;

import dev.overload.club.domain.ClubReportFiles;
import dev.overload.club.domain.ClubReports;
import dev.overload.club.domain.ReportScope;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.DateRange;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.OwnAccountOnly;
import dev.overload.jobs.Job;
import dev.overload.shared.contract.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@OwnAccountOnly
@RequestMapping("/api/club/reports")
@Tag(name = "Club")
class ClubReportController {

    private static final int DEFAULT_WEEKS = 12;

    private static final int DEFAULT_IDLE_DAYS = 14;

    private final ClubReports reports;
    private final ClubReportFiles files;
    private final Clock clock;

    ClubReportController(ClubReports reports, ClubReportFiles files, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Idempotent
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "requestClubReport", summary = "Ask for one of the club's reports as JSON, CSV or PDF (a "
            + "bar chart where one helps): made in the background by a job I follow at the Location (202), then "
            + "listed with my reports")
    ResponseEntity<Job> request(CurrentUser caller, @Valid @RequestBody ClubReportRequest request) {
        DateRange period = period(request.from(), request.to());
        Job job = files.request(caller, request.report(), request.format(), period.from(), period.to(),
                request.days() != null ? request.days() : DEFAULT_IDLE_DAYS, Boolean.TRUE.equals(
                        request.emailWhenDone()));
        return ResponseEntity.accepted().location(job.location()).body(job);
    }

    @GetMapping("/active-clients")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubActiveClients", summary = "Active clients per membership level (a trainer's: their "
            + "own clients)")
    List<ClubReports.LevelCount> activeClients(CurrentUser caller) {
        return reports.activeClients(ReportScope.of(caller));
    }

    @GetMapping("/monthly-revenue")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubMonthlyRevenue", summary = "Monthly recurring revenue per membership level: the "
            + "prices of the memberships active clients hold, in the club's currency")
    List<ClubReports.LevelRevenue> monthlyRevenue(CurrentUser caller) {
        return reports.monthlyRevenue(ReportScope.of(caller));
    }

    @GetMapping("/trainings-per-trainer")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubTrainingsPerTrainer", summary = "Dated trainings per trainer per ISO week in "
            + "[from, to] (default the last 12 weeks, at most 366 days)")
    List<ClubReports.TrainerWeek> trainingsPerTrainer(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange period = period(from, to);
        return reports.trainingsPerTrainer(ReportScope.of(caller), period.from(), period.to());
    }

    @GetMapping("/attendance")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubAttendance", summary = "Per client: trainings dated in [from, to] (default the last "
            + "12 weeks) and how many were done (a completed session trained them)")
    List<ClubReports.Attendance> attendance(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange period = period(from, to);
        return reports.attendance(ReportScope.of(caller), period.from(), period.to());
    }

    @GetMapping("/idle-clients")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubIdleClients", summary = "Active clients with no completed session in the last "
            + "days (default 14, 1–3650), longest idle first")
    List<ClubReports.Idle> idleClients(CurrentUser caller,
            @RequestParam(defaultValue = "" + DEFAULT_IDLE_DAYS) int days) {
        return reports.idleClients(ReportScope.of(caller), days);
    }

    /** The days a report covers: {@code to} defaults to today (UTC), {@code from} to 12 weeks before {@code to}. */
    private DateRange period(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new DateRange(from != null ? from : end.minusWeeks(DEFAULT_WEEKS), end);
    }
}
