package dev.overload;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL of one test JVM: an embedded cluster started with the first test context on a copy of
 * {@link DataDirectoryTemplate}'s, whose template database has every migration; every test context then gets a
 * database of its own, copied from the template ({@code create database … template}, milliseconds), on which the
 * service's Flyway finds nothing left to do. Contexts see nothing of each other, as when each started a cluster of
 * its own, without each paying for initdb, a server start and every migration.
 */
final class TestDatabase {

    /**
     * Every context of the JVM stays open in Spring's context cache, each with a full connection pool: more than
     * PostgreSQL's default 100 connections.
     */
    private static final String MAX_CONNECTIONS = "1000";

    /**
     * How long the JVM's end waits for the contexts to close their pools before it stops the cluster anyway: surefire
     * kills a test JVM whose shutdown takes 30 s, which would leave the server running.
     */
    private static final Duration CLOSING_CONTEXTS = Duration.ofSeconds(20);

    private static final AtomicInteger databases = new AtomicInteger();

    private static EmbeddedPostgres cluster;

    private static Path directory;

    /** The contexts whose connection pools are open. */
    private static int users;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopAtExit, "test-database-stop"));
    }

    private TestDatabase() {
    }

    /**
     * The JDBC URL of a new database, migrated as the environment's Flyway settings say; the caller {@link #release()}s
     * it once its connections are closed.
     */
    static synchronized String newDatabase(Environment environment) {
        if (cluster == null) {
            startCluster(environment);
        }
        String database = "overload_" + databases.incrementAndGet();
        execute("create database " + database + " template " + DataDirectoryTemplate.TEMPLATE_DATABASE);
        users++;
        return cluster.getJdbcUrl("postgres", database);
    }

    /**
     * Stops the cluster, removing its directory, when the last context has closed its pool. The JVM's end closes every
     * context at once; stopping the cluster then, as zonky's own shutdown hook does, pulls it from under pools still
     * writing (db-scheduler puts its running jobs back in the queue).
     */
    static synchronized void release() throws IOException {
        users--;
        if (users == 0) {
            stop();
        }
        TestDatabase.class.notifyAll();
    }

    private static synchronized void stopAtExit() {
        long deadline = System.nanoTime() + CLOSING_CONTEXTS.toNanos();
        try {
            while (users > 0 && System.nanoTime() < deadline) {
                TestDatabase.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop() throws IOException {
        if (cluster != null) {
            cluster.close();
            cluster = null;
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static void startCluster(Environment environment) {
        List<String> locations = List.of(environment.getRequiredProperty("spring.flyway.locations", String[].class));
        if (!locations.equals(List.of(DataDirectoryTemplate.MIGRATIONS))) {
            throw new IllegalStateException("The test database is migrated from " + DataDirectoryTemplate.MIGRATIONS
                    + ", the context's Flyway from " + locations);
        }
        try {
            directory = Files.createTempDirectory("overload-test-postgres-");
            DataDirectoryTemplate.copyPostgresTo(directory);
            cluster = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("shared_buffers",
                            environment.getRequiredProperty("overload.embedded-database.shared-buffers"))
                    .setServerConfig("max_connections", MAX_CONNECTIONS)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = cluster.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql, e);
        }
    }
}
