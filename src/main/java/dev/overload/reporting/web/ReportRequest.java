package dev.overload.reporting.web;

import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.domain.ReportOrder;
import dev.overload.reporting.domain.ReportType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report to make: its type and format, the period (my days; default the last 12 weeks, at most 5 years; none for
 * a PLAN), the exercise of an EXERCISE report or the plan of a PLAN report, and whether to email me when it is
 * ready.
 */
record ReportRequest(@NotNull ReportType type, @NotNull ReportFormat format, LocalDate from, LocalDate to,
        UUID exerciseId, UUID planId, Boolean emailWhenDone) {

    ReportOrder toOrder() {
        return new ReportOrder(type, format, from, to, exerciseId, planId, Boolean.TRUE.equals(emailWhenDone));
    }
}
