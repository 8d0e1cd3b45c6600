package dev.overload.catalog.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.catalog.ExerciseCatalog;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How often and how lately a user used an exercise: recorded through {@link ExerciseCatalog#recordUsage}
 * (as finished sessions will), shown on {@code GET /api/exercises/{id}} and in lists, for the caller only.
 */
@ApiTest
class ExerciseUsageTests {

    private static final Instant EARLIER = Instant.parse("2022-04-10T07:30:00Z");
    private static final Instant LATER = Instant.parse("2022-04-12T18:15:30.123456Z");

    @Autowired
    Api api;

    @Autowired
    ExerciseCatalog catalog;

    @Test
    void anExerciseNeverUsedHasNoUsage() {
        TestUser user = api.newUser();
        String id = create(user, "Unused " + tag());

        get(user, id)
                .body("usage_count", equalTo(0))
                .body("$", hasKey("last_used_at"))
                .body("last_used_at", nullValue());
    }

    @Test
    void eachRecordedUseCountsAndTheLatestIsKept() {
        TestUser user = api.newUser();
        String id = create(user, "Used " + tag());

        catalog.recordUsage(user.id(), List.of(UUID.fromString(id)), EARLIER);
        get(user, id)
                .body("usage_count", equalTo(1))
                .body("last_used_at", equalTo(EARLIER.toString()));

        catalog.recordUsage(user.id(), List.of(UUID.fromString(id)), LATER);
        get(user, id)
                .body("usage_count", equalTo(2))
                .body("last_used_at", equalTo(LATER.toString()));
    }

    @Test
    void anEarlierUseRecordedLateDoesNotMoveLastUsedBack() {
        TestUser user = api.newUser();
        String id = create(user, "Out of order " + tag());

        catalog.recordUsage(user.id(), List.of(UUID.fromString(id)), LATER);
        catalog.recordUsage(user.id(), List.of(UUID.fromString(id)), EARLIER);

        get(user, id)
                .body("usage_count", equalTo(2))
                .body("last_used_at", equalTo(LATER.toString()));
    }

    @Test
    void oneRecordingCountsEachExerciseOnceEvenIfNamedTwice() {
        TestUser user = api.newUser();
        String first = create(user, "First " + tag());
        String second = create(user, "Second " + tag());

        catalog.recordUsage(user.id(),
                List.of(UUID.fromString(first), UUID.fromString(second), UUID.fromString(first)), EARLIER);

        get(user, first).body("usage_count", equalTo(1)).body("last_used_at", equalTo(EARLIER.toString()));
        get(user, second).body("usage_count", equalTo(1)).body("last_used_at", equalTo(EARLIER.toString()));
    }

    @Test
    void recordingNothingChangesNothing() {
        TestUser user = api.newUser();
        String id = create(user, "Idle " + tag());

        catalog.recordUsage(user.id(), List.of(), LATER);

        get(user, id).body("usage_count", equalTo(0)).body("last_used_at", nullValue());
    }

    @Test
    void usageIsPerUser() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String benchPress = systemExerciseId(user, "Barbell Bench Press");

        catalog.recordUsage(user.id(), List.of(UUID.fromString(benchPress)), EARLIER);
        catalog.recordUsage(user.id(), List.of(UUID.fromString(benchPress)), LATER);

        get(user, benchPress).body("usage_count", equalTo(2)).body("last_used_at", equalTo(LATER.toString()));
        get(other, benchPress).body("usage_count", equalTo(0)).body("last_used_at", nullValue());
    }

    @Test
    void listsShowTheCallersUsageToo() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String pushUp = systemExerciseId(user, "Push-Up");
        catalog.recordUsage(user.id(), List.of(UUID.fromString(pushUp)), LATER);

        api.as(user).queryParams(Map.of("search", "Push-Up", "custom", false, "limit", 100)).get("/api/exercises")
                .then().statusCode(200)
                .body("find { it.id == '" + pushUp + "' }.usage_count", equalTo(1))
                .body("find { it.id == '" + pushUp + "' }.last_used_at", equalTo(LATER.toString()));
        api.as(other).queryParams(Map.of("search", "Push-Up", "custom", false, "limit", 100)).get("/api/exercises")
                .then().statusCode(200)
                .body("find { it.id == '" + pushUp + "' }.usage_count", equalTo(0))
                .body("find { it.id == '" + pushUp + "' }.last_used_at", nullValue());
    }

    @Test
    void anExerciseWithAUsageHistoryCanStillBeDeleted() {
        TestUser user = api.newUser();
        String id = create(user, "Used then gone " + tag());
        catalog.recordUsage(user.id(), List.of(UUID.fromString(id)), EARLIER);

        api.as(user).delete("/api/exercises/" + id).then().statusCode(204);

        api.as(user).get("/api/exercises/" + id).then().statusCode(404);
    }

    private ValidatableResponse get(TestUser user, String id) {
        return api.as(user).get("/api/exercises/" + id).then().statusCode(200);
    }

    private String create(TestUser user, String name) {
        return api.as(user).body(Map.of("name", name)).post("/api/exercises")
                .then().statusCode(201).extract().path("id");
    }

    private String systemExerciseId(TestUser user, String name) {
        return api.as(user).queryParams(Map.of("search", name, "custom", false, "limit", 100)).get("/api/exercises")
                .then().statusCode(200)
                .extract().path("find { it.name == '" + name + "' }.id");
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
