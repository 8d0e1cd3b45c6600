package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import dev.overload.shared.DataDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Report files under the reports directory ({@code overload.reports.directory}, else {@code reports} in the data
 * directory), one folder per user. A file is written beside its final name and moved there when complete, so a
 * download never sees half a file.
 */
@Component
class ReportFiles {

    private static final Logger log = LoggerFactory.getLogger(ReportFiles.class);

    private final Path root;

    ReportFiles(ReportProperties properties, DataDirectory dataDirectory) {
        this.root = properties.directory() == null || properties.directory().isBlank()
                ? dataDirectory.directory("reports")
                : Path.of(properties.directory()).toAbsolutePath().normalize();
    }

    /** The relative name of a report's file. */
    static String pathOf(UUID userId, UUID reportId, ReportFormat format) {
        return userId + "/" + reportId + "." + format.extension();
    }

    /** Writes the file with {@code content}; returns its size. */
    long write(String relative, Content content) {
        Path target = resolve(relative);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report file " + target, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a report file: " + relative);
        }
        return path;
    }

    void delete(String relative) {
        deleteQuietly(resolve(relative));
    }

    /** Logs a failure instead of throwing it: a file left behind is only space, and must not hide the cause. */
    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Cannot delete report file {}: {}", path, e.toString());
        }
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
