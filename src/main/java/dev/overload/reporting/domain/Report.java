package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.TableReportOrder;
import dev.overload.shared.units.WeightUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A report as stored: what was asked for, in which units and zone, and its file once generated.
 *
 * @param jobId the job that generates it; null once that job is forgotten (jobs are kept 90 days)
 * @param from the first of the user's days it covers; null for a plan
 * @param fileName the name a download gets ({@code progress-report-2026-01-01-2026-03-31.pdf})
 * @param filePath the file's name under the reports directory, null until generated
 * @param table what a TABLE report's source needs to make it; null for the other types
 */
public record Report(UUID id, UUID userId, @Nullable UUID jobId, ReportType type, ReportFormat format, String title,
        String fileName, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID exerciseId,
        @Nullable UUID planId, WeightUnit weightUnit, ZoneId timeZone, @Nullable String filePath,
        @Nullable Long sizeBytes, @Nullable Instant generatedAt, Instant createdAt, Instant expiresAt,
        @Nullable TableReportOrder table) {
}
