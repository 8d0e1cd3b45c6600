package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.identity.domain.AiSuggestionQuota;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coach's quota as identity keeps it: new accounts get {@code OVERLOAD_AI_SUGGESTIONS_PER_USER} (5 here),
 * administrators set one account's, and the periodic refill tops accounts up.
 */
@ApiTest
class AiSuggestionQuotaTests {

    static final String QUOTA = "/api/admin/users/{id}/ai-suggestions";

    @Autowired
    Api api;
    @Autowired
    AiSuggestionQuota quota;

    @Test
    void anAdministratorSetsAnAccountsQuota() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();

        api.as(admin).body(Map.of("ai_suggestions_remaining", 42)).put(QUOTA, user.id()).then().statusCode(200)
                .body("id", equalTo(user.id().toString()))
                .body("ai_suggestions_remaining", equalTo(42));

        api.as(user).get("/api/users/me").then().statusCode(200).body("ai_suggestions_remaining", equalTo(42));
        api.as(user).get("/api/user-profiles/{id}", user.id()).then().statusCode(200)
                .body("ai_suggestions_remaining", equalTo(42));
    }

    @Test
    void theQuotaIsBoundedAndOnlyForAdministrators() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();

        api.as(admin).body(Map.of("ai_suggestions_remaining", -1)).put(QUOTA, user.id()).then().statusCode(400)
                .body("errors.field", hasItem("ai_suggestions_remaining"));
        api.as(admin).body(Map.of()).put(QUOTA, user.id()).then().statusCode(400);
        api.as(admin).body(Map.of("ai_suggestions_remaining", 1)).put(QUOTA, UUID.randomUUID()).then()
                .statusCode(404);
        api.as(user).body(Map.of("ai_suggestions_remaining", 1000)).put(QUOTA, user.id()).then().statusCode(403);
        api.as(user).get("/api/users/me").then().body("ai_suggestions_remaining", equalTo(5));
    }

    @Test
    void theRefillTopsAccountsUpAndLeavesLargerQuotas() {
        TestUser admin = api.admin();
        TestUser spent = api.newUser();
        TestUser rich = api.newUser();
        api.as(admin).body(Map.of("ai_suggestions_remaining", 0)).put(QUOTA, spent.id()).then().statusCode(200);
        api.as(admin).body(Map.of("ai_suggestions_remaining", 50)).put(QUOTA, rich.id()).then().statusCode(200);

        assertThat(quota.refill()).as("off in the test configuration").isZero();
        assertThat(quota.refillTo(8)).isPositive();

        api.as(spent).get("/api/users/me").then().body("ai_suggestions_remaining", equalTo(8));
        api.as(rich).get("/api/users/me").then().body("ai_suggestions_remaining", equalTo(50));
    }
}
