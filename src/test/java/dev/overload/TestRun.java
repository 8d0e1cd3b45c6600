package dev.overload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder where every JVM of one test run leaves its records (its log, the secrets its tests used), for
 * {@code LogSecretsTests} to read once every JVM has ended. The build names it ({@code overload.test-run}, one per
 * build); a test started otherwise (from an IDE, say) gets a folder of its own.
 */
final class TestRun {

    private static final Path FOLDER = createFolder();

    private TestRun() {
    }

    private static Path createFolder() {
        try {
            String named = System.getProperty("overload.test-run");
            return named == null ? Files.createTempDirectory("overload-test-run-")
                    : Files.createDirectories(Path.of(named));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's record of the given kind ({@code log-<pid>.txt}, say). */
    static Path file(String kind) {
        return FOLDER.resolve(kind + "-" + ProcessHandle.current().pid() + ".txt");
    }

    /** Writes this JVM's record of the given kind, one line per value. */
    static void write(String kind, Collection<String> lines) {
        try {
            Files.write(file(kind), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of the given kind that every JVM of the run has left so far. */
    static List<Path> files(String kind) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().startsWith(kind + "-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
