package dev.overload.reporting;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table report asked for by its source's module, after that module has checked that the user may have it.
 *
 * @param source the {@link TableReportSource#source()} that makes it
 * @param kind which of the source's reports ({@code ATTENDANCE}); at most 40 characters
 * @param title what it is in words; the period is added to it when there is one
 * @param from the first day it covers, with {@code to}; both null when the report has no period
 * @param parameters anything else the source needs to make it again ({@code days: 14}), as text
 * @param emailWhenDone also email the user when the report is ready (or could not be made)
 */
public record TableReportOrder(String source, String kind, String title, ReportFormat format, @Nullable LocalDate from,
        @Nullable LocalDate to, Map<String, String> parameters, boolean emailWhenDone) {

    public TableReportOrder {
        parameters = Map.copyOf(parameters);
    }
}
