package dev.overload;

import dev.overload.identity.security.GeneratedSigningKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;

/**
 * The service's data directory as its first start leaves it, made once per test JVM under target/ and copied for
 * each start instead: {@code postgres/}, an embedded PostgreSQL after initdb and every migration (in the
 * {@code postgres} database, as the service migrates it, and in {@value #TEMPLATE_DATABASE}, from which
 * {@link TestDatabase} creates each context's database), stopped; {@code keys/}, a token signing key as the service
 * generates it. A start on a copy finds what a restart finds: PostgreSQL starts on the kept data, Flyway validates
 * the history and has nothing to do, and the key is read instead of generated (RSA 3072: 1 to 7 s on the shared
 * 2-core machine, up to 24 s in a JVM limited to C1).
 */
public final class DataDirectoryTemplate {

    /** The service's {@code spring.flyway.locations} (application.properties). */
    static final String MIGRATIONS = "classpath:db/migration";

    static final String TEMPLATE_DATABASE = "overload_template";

    /** Where {@code SigningKeys} keeps the key it generated, in the data directory. */
    private static final String KEYS = "keys";

    private static Path root;
    private static Path postgres;
    private static Path keys;

    private DataDirectoryTemplate() {
    }

    /** Makes {@code dataDirectory} (missing or empty) what the service's first start on it would leave. */
    public static synchronized void copyTo(Path dataDirectory) {
        copy(postgres(), dataDirectory.resolve("postgres"));
        copy(keys(), dataDirectory.resolve(KEYS));
    }

    /** The migrated PostgreSQL's data, into {@code directory} (missing or empty). */
    static synchronized void copyPostgresTo(Path directory) {
        copy(postgres(), directory);
    }

    /** The signing key, into the data directory's {@code keys/}. */
    static synchronized void copySigningKeyTo(Path dataDirectory) {
        copy(keys(), dataDirectory.resolve(KEYS));
    }

    /** Copies a directory's tree, keeping the permissions PostgreSQL and the key require. */
    private static void copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(file));
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + " to " + target, e);
        }
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "data-template-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(made.toFile()),
                    "data-template-delete"));
        }
        return root;
    }

    private static Path postgres() {
        if (postgres == null) {
            Path directory = root().resolve("postgres");
            try (EmbeddedPostgres cluster = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .start()) {
                Flyway.configure().dataSource(cluster.getPostgresDatabase()).locations(MIGRATIONS).load().migrate();
                try (Connection connection = cluster.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("create database " + TEMPLATE_DATABASE + " template postgres");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot make the template database", e);
            }
            postgres = directory;
        }
        return postgres;
    }

    /** The key the service generates at its first start, made by the service's own code. */
    private static Path keys() {
        if (keys == null) {
            GeneratedSigningKey.generateIn(root());
            keys = root().resolve(KEYS);
        }
        return keys;
    }
}
