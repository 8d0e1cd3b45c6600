package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.PLAN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A profile's active training plan ({@code PUT /api/user-profiles/{id}}) must be one of the user's plans. */
@ApiTest
class ActiveTrainingPlanTests {

    private static final String PROFILE = "/api/user-profiles/{id}";

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    @Test
    void onesOwnPlanCanBeMadeActive() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));
        String planId = plans.createPlan(user, "Mine");

        api.as(user).body(Map.of("first_name", "Ann", "active_training_plan_id", planId)).put(PROFILE, user.id())
                .then().statusCode(200)
                .body("active_training_plan_id", equalTo(planId));

        api.as(user).get(PROFILE, user.id()).then().statusCode(200)
                .body("active_training_plan_id", equalTo(planId));
        api.as(user).get("/api/users/me").then().body("active_training_plan_id", equalTo(planId));
    }

    @Test
    void someoneElsesPlanCannotBeMadeActiveEvenWhenPublic() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String publicPlan = plans.publicPlan(owner, "Shared");
        String privatePlan = plans.createPlan(owner, "Secret");

        api.as(user).body(Map.of("active_training_plan_id", publicPlan)).put(PROFILE, user.id())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("active_training_plan_id"));
        api.as(user).body(Map.of("active_training_plan_id", privatePlan)).put(PROFILE, user.id())
                .then().statusCode(400)
                .body("errors.field", hasItem("active_training_plan_id"));

        api.as(user).get(PROFILE, user.id()).then().body("active_training_plan_id", nullValue());
    }

    @Test
    void deletingTheActivePlanClearsIt() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Soon gone");
        api.as(user).body(Map.of("active_training_plan_id", planId)).put(PROFILE, user.id()).then().statusCode(200);

        api.as(user).delete(PLAN, planId).then().statusCode(204);

        api.as(user).get(PROFILE, user.id()).then().statusCode(200)
                .body("active_training_plan_id", nullValue());
        api.as(user).get("/api/users/me").then().statusCode(200)
                .body("active_training_plan_id", nullValue());
    }

    @Test
    void aCopyOfSomeoneElsesPublicPlanIsOnesOwnAndCanBeMadeActive() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String publicPlan = plans.publicPlan(owner, "Shared");
        String copyId = api.as(user).post(PlanApi.COPY, publicPlan).then().statusCode(201).extract().path("id");

        api.as(user).body(Map.of("active_training_plan_id", copyId)).put(PROFILE, user.id())
                .then().statusCode(200)
                .body("active_training_plan_id", equalTo(copyId));
    }

    @Test
    void deletingSomeoneElsesPlanThatWasCopiedLeavesTheCopyActive() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String publicPlan = plans.publicPlan(owner, "Shared");
        String copyId = api.as(user).post(PlanApi.COPY, publicPlan).then().statusCode(201).extract().path("id");
        api.as(user).body(Map.of("active_training_plan_id", copyId)).put(PROFILE, user.id()).then().statusCode(200);

        api.as(owner).delete(PLAN, publicPlan).then().statusCode(204);

        api.as(user).get(PROFILE, user.id()).then().body("active_training_plan_id", equalTo(copyId));
        api.as(user).get(PLAN, copyId).then().statusCode(200).body("copied_from_id", nullValue());
    }
}
