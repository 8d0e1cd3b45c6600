package dev.overload.reporting.domain;

import dev.overload.jobs.Job;
import org.jspecify.annotations.Nullable;

/** A report with the job that generates it, as its user lists it; the job is null once forgotten. */
public record ReportView(Report report, @Nullable Job job) {
}
