package dev.overload.reporting.domain;

import dev.overload.shared.units.WeightUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A report as stored: what was asked for, in which units and zone, and its file once generated.
 *
 * @param filePath the file's name under the reports directory, null until generated
 */
public record Report(UUID id, UUID userId, @Nullable UUID jobId, ReportType type, ReportFormat format,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID exerciseId, @Nullable UUID planId,
        WeightUnit weightUnit, ZoneId timeZone, @Nullable String filePath, @Nullable String fileName,
        @Nullable Long sizeBytes, @Nullable Instant generatedAt, Instant createdAt, Instant expiresAt) {
}
