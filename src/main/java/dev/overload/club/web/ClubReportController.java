package dev.overload.club.web;

import dev.overload.club.domain.ClubReports;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.OwnAccountOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@OwnAccountOnly
@RequestMapping("/api/club/reports")
@Tag(name = "Club")
class ClubReportController {

    private static final int DEFAULT_WEEKS = 12;

    private final ClubReports reports;
    private final Clock clock;

    ClubReportController(ClubReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/active-clients")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubActiveClients", summary = "Active clients per membership level (a trainer's: their "
            + "own clients)")
    List<ClubReports.LevelCount> activeClients(CurrentUser caller) {
        return reports.activeClients(caller);
    }

    @GetMapping("/monthly-revenue")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubMonthlyRevenue", summary = "Monthly recurring revenue per membership level: the "
            + "prices of the memberships active clients hold, in the club's currency")
    List<ClubReports.LevelRevenue> monthlyRevenue(CurrentUser caller) {
        return reports.monthlyRevenue(caller);
    }

    @GetMapping("/trainings-per-trainer")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubTrainingsPerTrainer", summary = "Dated trainings per trainer per ISO week in "
            + "[from, to] (default the last 12 weeks, at most 366 days)")
    List<ClubReports.TrainerWeek> trainingsPerTrainer(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : today();
        return reports.trainingsPerTrainer(caller, from != null ? from : end.minusWeeks(DEFAULT_WEEKS), end);
    }

    @GetMapping("/attendance")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubAttendance", summary = "Per client: trainings dated in [from, to] (default the last "
            + "12 weeks) and how many were done (a completed session trained them)")
    List<ClubReports.Attendance> attendance(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : today();
        return reports.attendance(caller, from != null ? from : end.minusWeeks(DEFAULT_WEEKS), end);
    }

    @GetMapping("/idle-clients")
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "clubIdleClients", summary = "Active clients with no completed session in the last "
            + "days (default 14, 1–3650), longest idle first")
    List<ClubReports.Idle> idleClients(CurrentUser caller, @RequestParam(defaultValue = "14") int days) {
        return reports.idleClients(caller, days);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
