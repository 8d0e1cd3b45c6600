package dev.overload.reporting;

import java.util.UUID;

/**
 * A module above reporting that has reports of its own data, each one table (the club's, say): it asks for one
 * through {@link TableReports}, and reporting calls it back from the report's job for the content. Declared as a
 * bean; reporting finds it by its {@link #source()}.
 */
public interface TableReportSource {

    /** The name reports of this source are stored under ({@code club}); at most 40 characters. */
    String source();

    /**
     * The report's table as its owner may see it now (their role may have changed since they asked): an
     * {@code ApiException} when they may no longer have it fails the report's job with that problem.
     */
    ReportTable table(UUID userId, TableReportOrder order);
}
