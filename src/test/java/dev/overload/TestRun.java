package dev.overload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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

    /**
     * Writes this JVM's record of the given kind: the values one per line, each in base64 as a value may hold a line
     * break (a fuzzed password, say).
     */
    static void write(String kind, Collection<String> values) {
        Base64.Encoder base64 = Base64.getEncoder();
        try {
            Files.write(file(kind), values.stream()
                    .map(value -> base64.encodeToString(value.getBytes(StandardCharsets.UTF_8))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value that the run's JVMs have written as records of the given kind. */
    static List<String> values(String kind) {
        Base64.Decoder base64 = Base64.getDecoder();
        return text(kind).lines().filter(line -> !line.isEmpty())
                .map(line -> new String(base64.decode(line), StandardCharsets.UTF_8)).toList();
    }

    /** The records of the given kind that every JVM of the run has left so far, one after the other. */
    static String text(String kind) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(kind + "-")).sorted()
                    .toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
