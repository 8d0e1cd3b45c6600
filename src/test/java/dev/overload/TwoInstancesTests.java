package dev.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service on one PostgreSQL, as behind a load balancer (issue 11): what one instance changes,
 * the other enforces with the very next request, and rate limits count on both together. Both start at the same
 * moment with the bootstrap administrator configured, as two replicas of one deployment do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    private static final String WRONG_PASSWORD = "not-the-password-1";

    private EmbeddedPostgres database;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private Api a;
    private Api b;

    @BeforeAll
    void startTwoInstancesTogether() throws Exception {
        database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        String signingKey = newSigningKey();
        CyclicBarrier together = new CyclicBarrier(2);
        LoggingSetUp firstLogging = new LoggingSetUp();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<ConfigurableApplicationContext> one = CompletableFuture
                    .supplyAsync(() -> start("a", signingKey, together, firstLogging), starter);
            CompletableFuture<ConfigurableApplicationContext> two = CompletableFuture.supplyAsync(() -> {
                firstLogging.awaitFirst();
                return start("b", signingKey, together, new LoggingSetUp());
            }, starter);
            first = one.get(5, TimeUnit.MINUTES);
            second = two.get(5, TimeUnit.MINUTES);
        } finally {
            starter.shutdown();
        }
        a = first.getBean(Api.class);
        b = second.getBean(Api.class);
        first.getBean(TestClock.class).freeze();
        second.getBean(TestClock.class).freeze();
    }

    @AfterAll
    void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void bothInstancesStartedAndTheAdministratorExistsOnce() {
        long roots = JdbcClient.create(database.getPostgresDatabase())
                .sql("select count(*) from users where username = 'root'").query(Long.class).single();

        assertThat(roots).isEqualTo(1);
        b.as(a.admin()).get("/api/admin/users").then().statusCode(200);
    }

    @Test
    void aDemotionOnOneInstanceEndsTheAdministratorsTokenOnTheOther() {
        TestUser root = a.admin();
        TestUser user = a.newUser();
        a.as(root).body(Map.of("role", "ADMIN")).put("/api/admin/users/{id}/role", user.id()).then().statusCode(200);
        TestUser promoted = b.logIn(user);
        b.as(promoted).get("/api/admin/users").then().statusCode(200);

        a.as(root).body(Map.of("role", "USER")).put("/api/admin/users/{id}/role", user.id()).then().statusCode(200);

        b.as(promoted).get("/api/admin/users").then().statusCode(401);
        b.as(promoted).body(Map.of("role", "ADMIN")).put("/api/admin/users/{id}/role", user.id()).then()
                .statusCode(401);
        b.as(b.logIn(user)).get("/api/admin/users").then().statusCode(403);
    }

    @Test
    void closingTheAccountOnOneInstanceEndsItsTokensOnTheOther() {
        TestUser user = a.newUser();
        b.as(user).get("/api/users/me").then().statusCode(200);

        a.as(user).delete("/api/users/me").then().statusCode(204);

        b.as(user).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void loggingOutOnOneInstanceEndsTheAccessTokenOnTheOther() {
        TestUser user = a.newUser();
        b.as(user).get("/api/users/me").then().statusCode(200);

        a.anonymous().body(Map.of("refresh_token", user.refreshToken())).post("/api/auth/logout").then()
                .statusCode(204);

        b.as(user).get("/api/users/me").then().statusCode(401);
        b.anonymous().body(Map.of("refresh_token", user.refreshToken())).post("/api/auth/refresh").then()
                .statusCode(401);
    }

    @Test
    void aNewPasswordOnOneInstanceEndsTheTokensOnTheOther() {
        TestUser user = a.newUser();
        b.as(user).get("/api/users/me").then().statusCode(200);

        a.as(user).body(Map.of("current_password", user.password(), "new_password", "another-pass-77"))
                .post("/api/users/me/password").then().statusCode(204);

        b.as(user).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void aPlanChangedOnOneInstanceIsReadAsChangedOnTheOther() {
        TestUser user = a.newUser();
        String planId = a.as(user).body(Map.of("name", "Before")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        String dayId = a.as(user).body(Map.of("name", "Day A")).post("/api/training-plans/{id}/days", planId)
                .then().statusCode(201).extract().path("id");
        b.as(user).get("/api/training-plans/{id}", planId).then().statusCode(200).body("name", equalTo("Before"));
        b.as(user).get("/api/workout-plans/{id}", planId).then().statusCode(200);

        a.as(user).body(Map.of("name", "After")).put("/api/training-plans/{id}", planId).then().statusCode(200);
        a.as(user).body(Map.of("name", "Day B")).put("/api/training-plans/{id}/days/{dayId}", planId, dayId)
                .then().statusCode(200);

        b.as(user).get("/api/training-plans/{id}", planId).then().statusCode(200)
                .body("name", equalTo("After"))
                .body("days[0].name", equalTo("Day B"));
        b.as(user).get("/api/workout-plans/{id}", planId).then().statusCode(200).body("data.name",
                equalTo("After"));
    }

    @Test
    void aSessionsTargetsFollowAPlanChangedOnTheOtherInstance() {
        TestUser user = a.newUser();
        String squat = a.systemExerciseId("Barbell Back Squat");
        String planId = a.as(user).body(Map.of("name", "Plan")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        var plan = a.as(user).body(Map.of("name", "Plan", "days", List.of(Map.of("name", "A", "exercises",
                List.of(Map.of("exercise_id", squat, "sets", List.of(Map.of("expected_reps", 5, "expected_weight",
                        new BigDecimal("100")))))))))
                .post("/api/training-plans/{id}/composite", planId).then()
                .statusCode(200).extract().jsonPath();
        b.as(user).get("/api/training-plans/{id}", planId).then().statusCode(200);
        String setPath = "/api/training-plans/{p}/days/{d}/exercises/{e}/sets/{s}";
        a.as(user).body(Map.of("expected_weight", 110)).put(setPath, planId, plan.getString("days[0].id"),
                plan.getString("days[0].exercises[0].id"), plan.getString("days[0].exercises[0].sets[0].id"))
                .then().statusCode(200);

        b.as(user).body(Map.of("training_plan_id", planId, "training_plan_day_id", plan.getString("days[0].id")))
                .post("/api/training-sessions").then().statusCode(201)
                .body("sets[0].expected_weight", equalTo(110));
    }

    @Test
    void failedLoginsCountOnBothInstancesTogether() {
        TestUser user = a.newUser();
        String stranger = Api.newClientIp();
        for (int i = 0; i < 5; i++) {
            Api instance = i % 2 == 0 ? a : b;
            instance.from(stranger).body(Map.of("username", user.username(), "password", WRONG_PASSWORD))
                    .post("/api/auth/login").then().statusCode(401);
        }

        a.from(stranger).body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/auth/login").then().statusCode(429);
        b.from(stranger).body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/auth/login").then().statusCode(429);
        b.from(user.clientIp()).body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/auth/login").then().statusCode(200);
    }

    @Test
    void passwordResetRequestsCountOnBothInstancesTogether() {
        TestUser user = a.newUser();
        for (int i = 0; i < 3; i++) {
            (i % 2 == 0 ? a : b).anonymous().body(Map.of("email", user.email())).post("/api/auth/password-reset")
                    .then().statusCode(202);
        }

        Response fourth = b.anonymous().body(Map.of("email", user.email())).post("/api/auth/password-reset");
        assertThat(fourth.statusCode()).isEqualTo(429);
        a.anonymous().body(Map.of("email", user.email())).post("/api/auth/password-reset").then().statusCode(429);
    }

    @Test
    void theLoginAttemptsOfOneClientCountOnBothInstancesTogether() {
        String client = Api.newClientIp();
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? a : b).from(client).body(Map.of("username", "nobody-" + UUID.randomUUID(), "password",
                    WRONG_PASSWORD)).post("/api/auth/login").then().statusCode(401);
        }

        a.from(client).body(Map.of("username", "x-" + UUID.randomUUID(), "password", WRONG_PASSWORD))
                .post("/api/auth/login").then().statusCode(429);
    }

    private ConfigurableApplicationContext start(String name, String signingKey, CyclicBarrier together,
            LoggingSetUp logging) {
        try {
            Path dataDir = Files.createTempDirectory("overload-instance-" + name + "-");
            return new SpringApplicationBuilder(OverloadApplication.class, TestInfrastructure.class)
                    .profiles("test")
                    .listeners(logging.listener())
                    .initializers(context -> context.getBeanFactory().registerSingleton("bothAtOnce",
                            new BothAtOnce(together)))
                    .run("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--spring.datasource.hikari.maximum-pool-size=6",
                            "--server.port=0",
                            "--overload.data-dir=" + dataDir,
                            "--overload.identity.signing-key=" + signingKey,
                            "--spring.mail.host=127.0.0.1",
                            "--spring.mail.port=" + TestInfrastructure.mailServer().getSmtp().getPort());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Several instances share the load only with one signing key (OVERLOAD_JWT_SIGNING_KEY). */
    private static String newSigningKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /**
     * Holds each instance before its start-up runners until the other has arrived, so both create the bootstrap
     * administrator at the same moment: without the lock in BootstrapAdministrator one start failed on the unique
     * username.
     */
    private record BothAtOnce(CyclicBarrier together) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws Exception {
            together.await(2, TimeUnit.MINUTES);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
