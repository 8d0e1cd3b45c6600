package dev.overload.identity.security;

import dev.overload.shared.DataDirectory;
import java.nio.file.Path;

/** Lets test set-up outside this package have the service generate its signing key into a data directory. */
public final class GeneratedSigningKey {

    private GeneratedSigningKey() {
    }

    /** What the service's first start on {@code dataDirectory} leaves in its {@code keys/}. */
    public static void generateIn(Path dataDirectory) {
        SigningKeys.load(null, new DataDirectory(dataDirectory));
    }
}
