package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import java.nio.file.Path;

/** A generated report's file, to download under {@code fileName}. */
public record ReportFile(Path path, String fileName, ReportFormat format, long sizeBytes) {
}
