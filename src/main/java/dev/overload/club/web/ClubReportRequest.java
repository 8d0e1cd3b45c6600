package dev.overload.club.web;

import dev.overload.club.domain.ClubReportKind;
import dev.overload.reporting.ReportFormat;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A club report to make as a file: which, in which format, over which days (TRAININGS_PER_TRAINER and ATTENDANCE:
 * default the last 12 weeks, at most 366 days), how idle (IDLE_CLIENTS: default 14 days), and whether to email me
 * when it is ready.
 */
record ClubReportRequest(@NotNull ClubReportKind report, @NotNull ReportFormat format, LocalDate from, LocalDate to,
        Integer days, Boolean emailWhenDone) {
}
