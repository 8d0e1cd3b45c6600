package dev.overload.reporting.web;

import dev.overload.jobs.Job;
import dev.overload.jobs.JobStatus;
import dev.overload.reporting.domain.Report;
import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.domain.ReportType;
import dev.overload.reporting.domain.ReportView;
import dev.overload.shared.units.WeightUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A report and where it is: {@code status} and {@code progress} are its job's (DONE once generated, FAILED when
 * its job ended without a file and is forgotten); {@code file_url} downloads it once DONE.
 */
record ReportResponse(UUID id, ReportType type, ReportFormat format, String title, @Nullable LocalDate from,
        @Nullable LocalDate to, @Nullable UUID exerciseId, @Nullable UUID planId, WeightUnit weightUnit,
        String timeZone, JobStatus status, int progress, @Nullable UUID jobId, String fileName,
        @Nullable Long sizeBytes, @Nullable String fileUrl, @Nullable Instant generatedAt, Instant createdAt,
        Instant expiresAt) {

    static ReportResponse from(ReportView view) {
        Report report = view.report();
        Job job = view.job();
        boolean generated = report.generatedAt() != null;
        JobStatus status = job != null ? job.status() : generated ? JobStatus.DONE : JobStatus.FAILED;
        int progress = job != null ? job.progress() : generated ? 100 : 0;
        return new ReportResponse(report.id(), report.type(), report.format(), report.title(), report.from(),
                report.to(), report.exerciseId(), report.planId(), report.weightUnit(), report.timeZone().getId(),
                status, progress, report.jobId(), report.fileName(), report.sizeBytes(),
                generated ? "/api/reports/" + report.id() + "/file" : null, report.generatedAt(), report.createdAt(),
                report.expiresAt());
    }
}
