package dev.overload.shared.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.OverloadApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With SPRING_DATASOURCE_URL set, the service starts no PostgreSQL of its own: it migrates and uses the
 * given one. A separately started PostgreSQL plays the production database here. Its settings are command-line
 * arguments because those outrank environment variables: when SPRING_DATASOURCE_* are set (as {@code .ci/run}
 * does for PostgreSQL 15) they would otherwise win, and the service would use that database instead.
 */
class ExternalDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void usesTheConfiguredDatabaseInsteadOfStartingOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(OverloadApplication.class)
                        .profiles("test")
                        .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--spring.datasource.password=",
                                "--server.port=0",
                                "--overload.data-dir=" + dataDir)) {

            assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            long exercises = JdbcClient.create(external.getPostgresDatabase())
                    .sql("select count(*) from exercises").query(Long.class).single();
            assertThat(exercises).isGreaterThanOrEqualTo(150);
            given().port(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class))
                    .get("/actuator/health")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
