package dev.overload.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the service keeps what must survive a restart: the embedded database and the signing key. */
public record DataDirectory(Path root) {

    /** The sub-directory {@code name}, created if missing. */
    public Path directory(String name) {
        Path dir = root.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir.toAbsolutePath(), e);
        }
    }
}
