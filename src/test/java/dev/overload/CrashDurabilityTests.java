package dev.overload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Crash durability (issue 11): the service runs as a child process on its own embedded PostgreSQL with a data
 * directory (as a first start leaves it, copied: {@link DataDirectoryTemplate}); users log sets and complete
 * sessions under load; once enough writes were acknowledged, the service and its PostgreSQL are killed with SIGKILL,
 * and the service is started again on the same data. Every write answered with a 2xx must be there, and no session's
 * completion may have been applied twice (each completed session has one progression, and each plan's target has
 * grown once per completed session). One cycle in {@code ./mvnw verify}; {@code bench/chaos} runs 20
 * ({@code -Dchaos.cycles=N}).
 */
class CrashDurabilityTests {

    private static final int USERS = 4;
    private static final int ACKNOWLEDGED_WRITES_BEFORE_THE_KILL = 60;
    private static final BigDecimal START_KG = new BigDecimal("100");
    private static final BigDecimal INCREMENT_KG = new BigDecimal("2.5");
    private static final String PASSWORD = "chaos-monkey-42";

    @TempDir
    Path work;

    private final Set<String> acknowledgedSets = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
    private final List<Trainee> trainees = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private int port;

    private record Trainee(String username, String planId, String dayId) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndNoCompletionIsAppliedTwice() throws Exception {
        int cycles = Integer.getInteger("chaos.cycles", 1);
        Path dataDir = work.resolve("data");
        DataDirectoryTemplate.copyTo(dataDir);
        Process service = start(dataDir);
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                for (int i = 0; i < USERS; i++) {
                    trainees.add(newTrainee(cycle, i));
                }
                ExecutorService workers = load();
                kill(service, dataDir);
                workers.shutdownNow();
                assertThat(workers.awaitTermination(2, TimeUnit.MINUTES)).as("the workers stopped").isTrue();
                service = start(dataDir);
                int completed = check();
                System.out.printf("[chaos] cycle %d/%d: %d writes sent so far; %d set logs and %d completions "
                        + "acknowledged, all there after SIGKILL and restart; %d sessions completed, each progressed "
                        + "once%n", cycle, cycles, requests.get(), acknowledgedSets.size(),
                        acknowledgedCompletions.size(), completed);
            }
        } finally {
            kill(service, dataDir);
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /**
     * Users train at once (log every set, complete, start the next session) until enough writes were answered; they
     * are still writing when this returns, so the kill finds requests in flight. Each stops at its first failure.
     */
    private ExecutorService load() {
        int before = acknowledgedSets.size() + acknowledgedCompletions.size();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        for (Trainee trainee : trainees.subList(trainees.size() - USERS, trainees.size())) {
            pool.submit(() -> train(trainee));
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> acknowledgedSets.size() + acknowledgedCompletions.size()
                - before >= ACKNOWLEDGED_WRITES_BEFORE_THE_KILL);
        return pool;
    }

    private void train(Trainee trainee) {
        String token = logIn(trainee.username());
        while (!Thread.currentThread().isInterrupted()) {
            try {
                JsonPath session = as(token).body(Map.of("training_plan_id", trainee.planId(), "training_plan_day_id",
                        trainee.dayId())).post("/api/training-sessions").then().statusCode(201).extract().jsonPath();
                String sessionId = session.getString("id");
                for (String setId : session.getList("sets.id", String.class)) {
                    Response logged = as(token).patch("/api/training-sessions/{s}/sets/{set}/complete", sessionId,
                            setId);
                    requests.incrementAndGet();
                    if (logged.statusCode() == 200) {
                        acknowledgedSets.add(sessionId + "/" + setId);
                    }
                }
                Response completed = as(token).post("/api/training-sessions/{s}/complete", sessionId);
                requests.incrementAndGet();
                if (completed.statusCode() == 200) {
                    acknowledgedCompletions.add(sessionId);
                }
            } catch (Exception | AssertionError killedMeanwhile) {
                return;
            }
        }
    }

    /**
     * After the restart: every acknowledged write is there, and progression ran once per completed session. Answers
     * how many sessions are completed (acknowledged or not: the kill may have come after a commit, before its answer).
     */
    private int check() {
        int all = 0;
        for (Trainee trainee : trainees) {
            String token = logIn(trainee.username());
            List<Map<String, Object>> sessions = as(token).queryParam("limit", 100).get("/api/training-sessions")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            int completed = 0;
            for (Map<String, Object> session : sessions) {
                String id = (String) session.get("id");
                JsonPath full = as(token).get("/api/training-sessions/{id}", id).then().statusCode(200).extract()
                        .jsonPath();
                for (Map<String, Object> set : full.<Map<String, Object>>getList("sets")) {
                    if (acknowledgedSets.contains(id + "/" + set.get("id"))) {
                        assertThat(set.get("status")).as("acknowledged set %s of %s", set.get("id"), id)
                                .isEqualTo("COMPLETED");
                    }
                }
                if ("COMPLETED".equals(full.getString("status"))) {
                    completed++;
                    assertThat(full.getList("progression")).as("progressions of completed session %s", id)
                            .hasSize(1);
                } else {
                    assertThat(acknowledgedCompletions).as("an acknowledged completion").doesNotContain(id);
                    assertThat(full.getList("progression")).as("progressions of open session %s", id).isEmpty();
                }
            }
            BigDecimal target = new BigDecimal(as(token).get("/api/training-plans/{id}", trainee.planId()).then()
                    .statusCode(200).extract().jsonPath().getString("days[0].exercises[0].sets[0].expected_weight"));
            assertThat(target).as("%s's target after %d completed sessions", trainee.username(), completed)
                    .isEqualByComparingTo(START_KG.add(INCREMENT_KG.multiply(BigDecimal.valueOf(completed))));
            all += completed;
        }
        return all;
    }

    private Trainee newTrainee(int cycle, int index) {
        String username = "chaos" + cycle + "x" + index + "x" + UUID.randomUUID().toString().substring(0, 8);
        anonymous().body(Map.of("username", username, "email", username + "@example.com", "password", PASSWORD))
                .post("/api/auth/register").then().statusCode(201);
        String token = logIn(username);
        String exercise = as(token).body(Map.of("name", "Chaos lift " + username)).post("/api/exercises").then()
                .statusCode(201).extract().path("id");
        String planId = as(token).body(Map.of("name", "Chaos plan")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        JsonPath plan = as(token).body(Map.of("name", "Chaos plan", "days", List.of(Map.of("name", "A", "exercises",
                List.of(Map.of("exercise_id", exercise, "sets", List.of(
                        Map.of("expected_reps", 5, "expected_weight", START_KG),
                        Map.of("expected_reps", 5, "expected_weight", START_KG),
                        Map.of("expected_reps", 5, "expected_weight", START_KG))))))))
                .post("/api/training-plans/{id}/composite", planId).then().statusCode(200).extract().jsonPath();
        return new Trainee(username, planId, plan.getString("days[0].id"));
    }

    private String logIn(String username) {
        return anonymous().body(Map.of("username", username, "password", PASSWORD)).post("/api/auth/login").then()
                .statusCode(200).extract().path("access_token");
    }

    private RequestSpecification anonymous() {
        return given().port(port).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** The service from the test classpath, as production runs it but with a small page cache. */
    private Process start(Path dataDir) throws IOException {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createDirectories(Path.of("target", "chaos")).resolve("service.log").toAbsolutePath();
        Process process = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, OverloadApplication.class.getName(),
                "--server.port=" + port,
                "--overload.data-dir=" + dataDir,
                "--overload.embedded-database.shared-buffers=32MB",
                "--overload.identity.password-hashing.memory-kib=1024",
                "--overload.identity.rate-limits.login-per-ip.capacity=10000",
                "--overload.identity.rate-limits.register-per-ip.capacity=10000",
                "--logging.structured.format.console=",
                "--db-scheduler.polling-interval=1s")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    assertThat(process.isAlive()).as("the service is running (see %s)", log).isTrue();
                    return anonymous().get("/actuator/health").statusCode() == 200;
                });
        return process;
    }

    /**
     * SIGKILL for the service and its PostgreSQL together, as a power cut or an OOM kill of the container. pg_ctl
     * starts the postmaster detached, so it is found by the pid in its data directory, not among the service's
     * children.
     */
    private static void kill(Process service, Path dataDir) throws Exception {
        if (service == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(service.toHandle().descendants().toList());
        all.addFirst(service.toHandle());
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).ifPresent(postmaster -> {
                all.add(postmaster);
                all.addAll(postmaster.descendants().toList());
            });
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get();
        }
    }
}
