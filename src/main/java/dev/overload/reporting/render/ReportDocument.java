package dev.overload.reporting.render;

/**
 * A report's content, in the user's weight unit, ready to be written as JSON, CSV or PDF: each format writes the
 * same figures.
 */
public sealed interface ReportDocument permits ProgressReport, HistoryReport, ExerciseReport, PlanReport,
        TableReport {

    ReportHeading report();
}
