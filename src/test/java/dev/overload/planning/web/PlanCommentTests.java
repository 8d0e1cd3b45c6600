package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.COMMENTS;
import static dev.overload.planning.web.PlanApi.PLAN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Comments on a plan: by its owner, and by anyone on a public plan. */
@ApiTest
class PlanCommentTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    @Test
    void theOwnerCommentsOnTheirPlan() {
        TestUser user = api.newUser(Map.of("first_name", "Ann", "last_name", "Lee"));
        String planId = plans.createPlan(user, "Plan");

        String id = api.as(user).body(Map.of("body", "  Deload next week  ")).post(COMMENTS, planId)
                .then().statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("training_plan_id", equalTo(planId))
                .body("author_id", equalTo(user.id().toString()))
                .body("author_name", equalTo("Ann Lee"))
                .body("body", equalTo("Deload next week"))
                .body("created_at", notNullValue())
                .extract().path("id");

        api.as(user).get(COMMENTS, planId)
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(id))
                .body("author_name", contains("Ann Lee"))
                .body("body", contains("Deload next week"));
    }

    @Test
    void anAuthorWithoutANameIsShownByUsername() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("body", "Hi")).post(COMMENTS, planId)
                .then().statusCode(201)
                .body("author_name", equalTo(user.username()));
    }

    @Test
    void commentsAreListedOldestFirstUnlessSortedNewestFirst() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        for (String body : new String[]{"first", "second", "third"}) {
            api.as(user).body(Map.of("body", body)).post(COMMENTS, planId).then().statusCode(201);
        }

        api.as(user).get(COMMENTS, planId)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("body", contains("first", "second", "third"));
        api.as(user).queryParam("sort", "-created_at").get(COMMENTS, planId)
                .then().statusCode(200)
                .body("body", contains("third", "second", "first"));
        api.as(user).queryParam("limit", 1).queryParam("offset", 1).get(COMMENTS, planId)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("body", contains("second"));
    }

    @Test
    void aPlanWithoutCommentsHasAnEmptyList() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).get(COMMENTS, planId)
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", empty());
    }

    @Test
    void anyoneMayCommentOnAPublicPlan() {
        TestUser owner = api.newUser(Map.of("first_name", "Olga"));
        TestUser visitor = api.newUser(Map.of("first_name", "Vic"));
        String planId = plans.publicPlan(owner, "Shared");

        api.as(owner).body(Map.of("body", "Try it")).post(COMMENTS, planId).then().statusCode(201);
        api.as(visitor).body(Map.of("body", "Tried it")).post(COMMENTS, planId)
                .then().statusCode(201)
                .body("author_id", equalTo(visitor.id().toString()))
                .body("author_name", equalTo("Vic"));

        api.as(owner).get(COMMENTS, planId)
                .then().statusCode(200)
                .body("author_name", contains("Olga", "Vic"))
                .body("body", contains("Try it", "Tried it"));
        api.as(visitor).get(COMMENTS, planId)
                .then().statusCode(200)
                .body("author_id", contains(owner.id().toString(), visitor.id().toString()));
    }

    @Test
    void someoneElsesPrivatePlanCannotBeCommentedOnOrRead() {
        TestUser owner = api.newUser();
        TestUser visitor = api.newUser();
        String planId = plans.createPlan(owner, "Secret");
        api.as(owner).body(Map.of("body", "Private thought")).post(COMMENTS, planId).then().statusCode(201);

        api.as(visitor).body(Map.of("body", "Let me in")).post(COMMENTS, planId).then().statusCode(404);
        api.as(visitor).get(COMMENTS, planId).then().statusCode(404);
        api.as(owner).get(COMMENTS, planId).then().header("X-Total-Count", "1")
                .body("body", contains("Private thought"));
    }

    @Test
    void anUnknownPlanHasNoComments() {
        TestUser user = api.newUser();

        api.as(user).get(COMMENTS, UUID.randomUUID()).then().statusCode(404);
        api.as(user).body(Map.of("body", "Hi")).post(COMMENTS, UUID.randomUUID()).then().statusCode(404);
    }

    @ParameterizedTest(name = "body of {0} characters")
    @ValueSource(ints = {0, 2001})
    void aBlankOrTooLongBodyIsRefused(int length) {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("body", "x".repeat(length))).post(COMMENTS, planId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
        api.as(user).body(Map.of("body", "   ")).post(COMMENTS, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("body"));
        api.as(user).body(Map.of()).post(COMMENTS, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("body"));
        api.as(user).get(COMMENTS, planId).then().header("X-Total-Count", "0");
    }

    @Test
    void aBodyOf2000CharactersIsAccepted() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("body", "x".repeat(2000))).post(COMMENTS, planId).then().statusCode(201);
    }

    @Test
    void deletingThePlanDeletesItsComments() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        api.as(user).body(Map.of("body", "Hi")).post(COMMENTS, planId).then().statusCode(201);

        api.as(user).delete(PLAN, planId).then().statusCode(204);

        api.as(user).get(COMMENTS, planId).then().statusCode(404);
    }
}
