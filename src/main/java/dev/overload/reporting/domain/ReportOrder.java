package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks for. A plan has no period; the other types default to the last 12 weeks up to today.
 *
 * @param exerciseId the exercise of an EXERCISE report, and only of one
 * @param planId the plan of a PLAN report, and only of one
 * @param emailWhenDone also email the user when the report is ready (or could not be made)
 */
public record ReportOrder(ReportType type, ReportFormat format, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable UUID exerciseId, @Nullable UUID planId, boolean emailWhenDone) {
}
