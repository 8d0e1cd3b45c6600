package dev.overload.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Safe retries: the same Idempotency-Key and body answer the first response again, and write once. */
@ApiTest
class IdempotencyTests {

    @Autowired
    Api api;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstResponseWithoutASecondWrite() {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        Map<String, Object> plan = Map.of("name", "Retried plan");

        Response first = createPlan(user, key, plan);
        Response retry = createPlan(user, key, plan);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(planCount(user)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        createPlan(user, key, Map.of("name", "First")).then().statusCode(201);

        createPlan(user, key, Map.of("name", "Second")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422));

        assertThat(planCount(user)).isEqualTo(1);
    }

    @Test
    void keysArePerUser() {
        TestUser one = api.newUser();
        TestUser other = api.newUser();
        String key = UUID.randomUUID().toString();

        createPlan(one, key, Map.of("name", "Mine")).then().statusCode(201);
        createPlan(other, key, Map.of("name", "Mine")).then().statusCode(201);

        assertThat(planCount(one)).isEqualTo(1);
        assertThat(planCount(other)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryPostWrites() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("name", "A")).post("/api/training-plans").then().statusCode(201);
        api.as(user).body(Map.of("name", "A")).post("/api/training-plans").then().statusCode(201);
        assertThat(planCount(user)).isEqualTo(2);
    }

    @Test
    void aFailedFirstRequestStoresNothingSoTheKeyCanBeUsedAgain() {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        createPlan(user, key, Map.of("name", "")).then().statusCode(400);
        createPlan(user, key, Map.of("name", "Fixed")).then().statusCode(201);
        assertThat(planCount(user)).isEqualTo(1);
    }

    @Test
    void anUnusableKeyIs400() {
        TestUser user = api.newUser();
        createPlan(user, "x".repeat(256), Map.of("name", "Long key")).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesWithOneKeyWriteOnce() throws Exception {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        int clients = 6;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return createPlan(user, key, Map.of("name", "Raced"));
                }));
            }
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(201));
            assertThat(responses.stream().map(Response::asString).distinct()).hasSize(1);
        }
        assertThat(planCount(user)).isEqualTo(1);
    }

    @Test
    void completingASessionTwiceWithOneKeyAnswersTheSame() {
        TestUser user = api.newUser();
        String session = api.as(user).body(Map.of("title", "Ad hoc")).post("/api/training-sessions")
                .then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        Response first = api.as(user).header("Idempotency-Key", key).post("/api/training-sessions/" + session
                + "/complete");
        Response retry = api.as(user).header("Idempotency-Key", key).post("/api/training-sessions/" + session
                + "/complete");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.asString()).isEqualTo(first.asString());
    }

    @Test
    void keysOlderThanTheRetentionArePurgedAndTheRetryWritesAgain() {
        TestUser user = api.newUser();
        String key = UUID.randomUUID().toString();
        createPlan(user, key, Map.of("name", "Old")).then().statusCode(201);

        clock.advance(Duration.ofHours(23));
        keys.purge();
        TestUser later = api.logIn(user);
        createPlan(later, key, Map.of("name", "Old")).then().statusCode(201).header("Idempotent-Replayed", "true");

        clock.advance(Duration.ofHours(2));
        keys.purge();
        TestUser muchLater = api.logIn(user);
        createPlan(muchLater, key, Map.of("name", "Old")).then().statusCode(201);
        assertThat(planCount(muchLater)).isEqualTo(2);
    }

    private Response createPlan(TestUser user, String key, Map<String, Object> body) {
        return api.as(user).header("Idempotency-Key", key).body(body).post("/api/training-plans");
    }

    private int planCount(TestUser user) {
        return Integer.parseInt(api.as(user).get("/api/training-plans").then().statusCode(200).extract()
                .header("X-Total-Count"));
    }
}
