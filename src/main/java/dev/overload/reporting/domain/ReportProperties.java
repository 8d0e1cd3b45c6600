package dev.overload.reporting.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where report files are kept; empty for {@code reports} under the data directory. Several
 *        instances must share it (one volume), as any of them may write a file and any serve it
 * @param ttl how long a report and its file are kept
 * @param workers how many reports one instance generates at once; more wait, queued
 */
@ConfigurationProperties("overload.reports")
public record ReportProperties(@Nullable String directory, Duration ttl, int workers) {
}
