package dev.overload.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.LoggingSetUp;
import dev.overload.OverloadApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two instances started at the same moment both come up on a server before 18, on an empty database and again on
 * the migrated one, as when both restart. Without {@link Uuidv7Backport}'s advisory lock the first start failed
 * with a duplicate key in pg_proc and the second with "tuple concurrently updated". Runs only against an external
 * server (SPRING_DATASOURCE_*, as {@code .ci/run} sets for PostgreSQL 15), because the embedded 18 has the function
 * built in; the configured user needs CREATEDB to make the empty database.
 */
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class ConcurrentStartTests {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final String url = System.getenv("SPRING_DATASOURCE_URL");
    private final String username = System.getenv("SPRING_DATASOURCE_USERNAME");
    private final String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
    private final JdbcClient server = JdbcClient.create(new SimpleDriverDataSource(new Driver(), url, username,
            password));

    @TempDir
    Path dataDirs;

    @Test
    void twoInstancesStartTogetherOnAnEmptyDatabaseAndAgainOnceItIsMigrated() throws Exception {
        String database = "overload_first_start_" + UUID.randomUUID().toString().replace("-", "");
        server.sql("create database " + database).update();
        try {
            startTogether(urlOf(database));
            startTogether(urlOf(database));
        } finally {
            server.sql("drop database if exists " + database + " with (force)").update();
        }
    }

    private void startTogether(String url) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        LoggingSetUp firstLogging = new LoggingSetUp();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<CompletableFuture<ConfigurableApplicationContext>> instances = List.of(
                CompletableFuture.supplyAsync(() -> start(url, dataDirs.resolve("a"), together, firstLogging),
                        starter),
                CompletableFuture.supplyAsync(() -> {
                    firstLogging.awaitFirst();
                    return start(url, dataDirs.resolve("b"), together, new LoggingSetUp());
                }, starter));
        try {
            CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);

            for (CompletableFuture<ConfigurableApplicationContext> instance : instances) {
                long exercises = instance.join().getBean(JdbcClient.class).sql("select count(*) from exercises")
                        .query(Long.class).single();
                assertThat(exercises).isGreaterThanOrEqualTo(150);
            }
        } finally {
            instances.stream().filter(instance -> instance.state() == Future.State.SUCCESS)
                    .forEach(instance -> instance.join().close());
            starter.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(String url, Path dataDir, CyclicBarrier together,
            LoggingSetUp logging) {
        return new SpringApplicationBuilder(OverloadApplication.class)
                .profiles("test")
                .listeners(logging.listener())
                .initializers(
                        context -> context.getBeanFactory().registerSingleton("bothAtOnce", new BothAtOnce(together)))
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        // Both would create the bootstrap administrator and one would fail on the unique username:
                        // a race of its own, not the database's.
                        "--overload.identity.bootstrap-admin.username=",
                        "--server.port=0",
                        "--overload.data-dir=" + dataDir);
    }

    /**
     * Holds each instance in Flyway's before-migrate callbacks until the other has arrived too; Flyway runs them
     * by name, so both then create {@code uuidv7()} at the same moment.
     */
    private record BothAtOnce(CyclicBarrier together) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return false;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                together.await(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException("The other instance did not reach Flyway", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "0 both instances at once";
        }
    }

    private String urlOf(String database) {
        Matcher parts = DATABASE_IN_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL with a database: " + url);
        }
        return parts.group(1) + database + parts.group(3);
    }
}
