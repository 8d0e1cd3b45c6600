package dev.overload.planning.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's {@code /api/user-profiles/{id}}: one's own profile only. */
@ApiTest
class UserProfileTests {

    @Autowired
    Api api;

    @Test
    void showsOnesOwnProfileInSeedShape() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));

        api.as(user).get("/api/user-profiles/{id}", user.id())
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", aMapWithSize(6))
                .body("id", equalTo(user.id().toString()))
                .body("first_name", equalTo("Ann"))
                .body("$", hasKey("active_training_plan_id"))
                .body("active_training_plan_id", nullValue())
                .body("ai_suggestions_remaining", equalTo(5))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue());
    }

    @Test
    void anotherUsersProfileIsForbidden() {
        TestUser user = api.newUser();
        TestUser other = api.newUser(Map.of("first_name", "Secret"));

        api.as(user).get("/api/user-profiles/{id}", other.id())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        api.as(user).body(Map.of("first_name", "Hacked")).put("/api/user-profiles/{id}", other.id())
                .then().statusCode(403);
        api.as(other).get("/api/user-profiles/{id}", other.id())
                .then().statusCode(200)
                .body("first_name", equalTo("Secret"));
    }

    @Test
    void anUnknownIdIsForbiddenLikeAnyOtherThatIsNotOnesOwn() {
        TestUser user = api.newUser();

        api.as(user).get("/api/user-profiles/{id}", UUID.randomUUID())
                .then().statusCode(403);
    }

    @Test
    void puttingAFirstNameUpdatesItAndUpdatedAt() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));
        String before = api.as(user).get("/api/user-profiles/{id}", user.id()).then().extract().path("updated_at");

        String after = api.as(user).body(Map.of("first_name", "Anna")).put("/api/user-profiles/{id}", user.id())
                .then().statusCode(200)
                .body("id", equalTo(user.id().toString()))
                .body("first_name", equalTo("Anna"))
                .body("active_training_plan_id", nullValue())
                .body("updated_at", notNullValue())
                .extract().path("updated_at");

        assertThat(Instant.parse(after), greaterThan(Instant.parse(before)));
        api.as(user).get("/api/user-profiles/{id}", user.id())
                .then().statusCode(200)
                .body("first_name", equalTo("Anna"))
                .body("updated_at", equalTo(after));
        api.as(user).get("/api/users/me").then().body("first_name", equalTo("Anna"));
    }

    @Test
    void putReplacesTheProfileSoALeftOutFirstNameIsCleared() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));

        api.as(user).body(Map.of()).put("/api/user-profiles/{id}", user.id())
                .then().statusCode(200)
                .body("first_name", nullValue());
    }

    @Test
    void aFirstNameLongerThan100CharactersIsRefused() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("first_name", "x".repeat(101))).put("/api/user-profiles/{id}", user.id())
                .then().statusCode(400)
                .body("errors.field", hasItem("first_name"));
    }

    @Test
    void anActiveTrainingPlanThatIsNotTheCallersIsRefused() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));

        api.as(user).body(Map.of("first_name", "Changed", "active_training_plan_id", UUID.randomUUID().toString()))
                .put("/api/user-profiles/{id}", user.id())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("active_training_plan_id"));
        api.as(user).get("/api/user-profiles/{id}", user.id())
                .then().body("first_name", equalTo("Ann"))
                .body("active_training_plan_id", nullValue());
    }

    @Test
    void anActiveTrainingPlanIdThatIsNotAUuidIsRefused() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("active_training_plan_id", "plan-1")).put("/api/user-profiles/{id}", user.id())
                .then().statusCode(400)
                .body("errors.field", hasItem("active_training_plan_id"));
    }

    @Test
    void clearingTheActiveTrainingPlanIsAllowed() {
        TestUser user = api.newUser();
        Map<String, Object> body = new HashMap<>();
        body.put("first_name", "Ann");
        body.put("active_training_plan_id", null);

        api.as(user).body(body).put("/api/user-profiles/{id}", user.id())
                .then().statusCode(200)
                .body("active_training_plan_id", nullValue());
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequest() {
        TestUser user = api.newUser();

        api.as(user).get("/api/user-profiles/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
        api.as(user).body(Map.of("first_name", "Ann")).put("/api/user-profiles/not-a-uuid")
                .then().statusCode(400);
    }

    @Test
    void needsAToken() {
        TestUser user = api.newUser();

        api.anonymous().get("/api/user-profiles/{id}", user.id())
                .then().statusCode(401)
                .contentType("application/problem+json");
        api.anonymous().body(Map.of("first_name", "Ann")).put("/api/user-profiles/{id}", user.id())
                .then().statusCode(401);
    }

    @Test
    void aDeletedAccountsProfileCannotBeRead() {
        TestUser user = api.newUser();
        api.as(user).delete("/api/users/me").then().statusCode(204);

        api.as(user).get("/api/user-profiles/{id}", user.id()).then().statusCode(401);
    }
}
