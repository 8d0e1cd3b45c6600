package dev.overload.reporting;

import dev.overload.jobs.Job;
import dev.overload.shared.units.WeightUnit;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Reports of other modules' data, generated, listed ({@code GET /api/reports}), downloaded and expired like every
 * report; their content comes from the {@link TableReportSource} the order names.
 */
public interface TableReports {

    /** Queues the report for the user, written in their unit and zone; returns the job to follow (202 with {@code Location: /api/jobs/{id}}). */
    Job request(UUID userId, WeightUnit unit, ZoneId zone, TableReportOrder order);
}
