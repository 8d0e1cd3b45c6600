package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.BENCH;
import static dev.overload.planning.web.PlanApi.COPY;
import static dev.overload.planning.web.PlanApi.PLAN;
import static dev.overload.planning.web.PlanApi.PLANS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static dev.overload.planning.web.PlanApi.with;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Copying one's own plan or a public one into one's own plans, as a private plan. */
@ApiTest
class PlanCopyTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    private String planWithStructure(TestUser owner, Map<String, ?> fields) {
        String planId = plans.createPlan(owner, fields);
        plans.replace(owner, planId, (String) fields.get("name"), List.of(
                day("Legs", with(with(exercise(plans.exercise(SQUAT), with(set(5, 100), "expected_rir", 2),
                        with(set(3, 110), "expected_duration_seconds", 30)), "rest_time", 180), "notes", "Low bar")),
                day("Chest", exercise(plans.exercise(BENCH), set(8, 60))),
                day("Rest")));
        return planId;
    }

    @Test
    void copyingOnesOwnPlanMakesAPrivateCopyWithTheSameStructureAndNewIds() {
        TestUser user = api.newUser();
        String sourceId = planWithStructure(user, Map.of("name", "Original", "description", "D",
                "difficulty_level", "ADVANCED", "muscle_types", List.of("legs"), "estimated_duration", 50,
                "is_public", true));
        JsonPath source = plans.get(user, sourceId);

        var response = api.as(user).post(COPY, sourceId)
                .then().statusCode(201)
                .body("user_id", equalTo(user.id().toString()))
                .body("copied_from_id", equalTo(sourceId))
                .body("is_public", equalTo(false))
                .body("name", equalTo("Original"))
                .body("description", equalTo("D"))
                .body("difficulty_level", equalTo("ADVANCED"))
                .body("muscle_types", contains("legs"))
                .body("estimated_duration", equalTo(50))
                .extract();
        String copyId = response.path("id");
        assertThat(copyId, not(equalTo(sourceId)));
        assertThat(response.header("Location"), endsWith("/api/training-plans/" + copyId));

        JsonPath copy = plans.get(user, copyId);
        assertThat(structure(copy), equalTo(structure(source)));
        assertThat(Collections.disjoint(ids(copy), ids(source)), equalTo(true));
        assertThat(copy.getList("days.training_plan_id"), contains(copyId, copyId, copyId));
        assertThat(copy.getString("days[0].exercises[0].training_plan_day_id"), equalTo(copy.getString("days[0].id")));
        assertThat(copy.getString("days[0].exercises[0].sets[0].training_plan_exercise_id"),
                equalTo(copy.getString("days[0].exercises[0].id")));
        api.as(user).get(PLANS).then().header("X-Total-Count", "2");
    }

    @Test
    void copyingSomeoneElsesPublicPlanMakesItTheCallersOwnPrivatePlan() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String sourceId = planWithStructure(owner, Map.of("name", "Shared", "is_public", true));
        JsonPath source = plans.get(owner, sourceId);

        String copyId = api.as(user).post(COPY, sourceId)
                .then().statusCode(201)
                .body("user_id", equalTo(user.id().toString()))
                .body("copied_from_id", equalTo(sourceId))
                .body("is_public", equalTo(false))
                .extract().path("id");

        assertThat(structure(plans.get(user, copyId)), equalTo(structure(source)));
        api.as(user).get(PLANS).then().header("X-Total-Count", "1").body("id", contains(copyId));
        api.as(owner).get(PLAN, copyId).then().statusCode(404);
        api.as(owner).get(PLANS).then().header("X-Total-Count", "1").body("id", not(hasItem(copyId)));

        String dayId = plans.get(user, copyId).getString("days[2].id");
        api.as(user).body(Map.of("name", "Mine now")).put(PlanApi.DAY, copyId, dayId).then().statusCode(200);
        api.as(user).body(Map.of("name", "Renamed copy")).put(PLAN, copyId).then().statusCode(200);
        assertThat(structure(plans.get(owner, sourceId)), equalTo(structure(source)));
        assertThat(plans.get(owner, sourceId).getString("name"), equalTo("Shared"));
    }

    @Test
    void someoneElsesPrivatePlanCannotBeCopied() {
        TestUser owner = api.newUser();
        TestUser user = api.newUser();
        String sourceId = planWithStructure(owner, Map.of("name", "Secret"));

        api.as(user).post(COPY, sourceId).then().statusCode(404);
        api.as(user).post(COPY, UUID.randomUUID()).then().statusCode(404);
        api.as(user).get(PLANS).then().header("X-Total-Count", "0");
    }

    @Test
    void deletingTheSourceKeepsTheCopy() {
        TestUser user = api.newUser();
        String sourceId = planWithStructure(user, Map.of("name", "Source"));
        JsonPath source = plans.get(user, sourceId);
        String copyId = api.as(user).post(COPY, sourceId).then().statusCode(201).extract().path("id");

        api.as(user).delete(PLAN, sourceId).then().statusCode(204);

        JsonPath copy = plans.get(user, copyId);
        assertThat(structure(copy), equalTo(structure(source)));
        assertThat(copy.get("copied_from_id"), nullValue());
    }

    @Test
    void aCopyOfACopyPointsAtItsDirectSource() {
        TestUser user = api.newUser();
        String sourceId = planWithStructure(user, Map.of("name", "Source"));
        String copyId = api.as(user).post(COPY, sourceId).then().statusCode(201).extract().path("id");

        api.as(user).post(COPY, copyId).then().statusCode(201).body("copied_from_id", equalTo(copyId));
        api.as(user).get(PLANS).then().body("copied_from_id", containsInAnyOrder(copyId, sourceId, null));
    }

    /** The tree without ids and links: names, positions and targets. */
    private static List<Object> structure(JsonPath plan) {
        List<Object> days = new ArrayList<>();
        List<Map<String, Object>> source = plan.getList("days");
        for (Map<String, Object> day : source) {
            List<Object> exercises = new ArrayList<>();
            for (Map<String, Object> exercise : (List<Map<String, Object>>) day.get("exercises")) {
                List<Object> sets = new ArrayList<>();
                for (Map<String, Object> set : (List<Map<String, Object>>) exercise.get("sets")) {
                    sets.add(List.of(set.get("set_index"), set.get("expected_reps"), set.get("expected_weight"),
                            String.valueOf(set.get("expected_duration_seconds")),
                            String.valueOf(set.get("expected_rir"))));
                }
                exercises.add(List.of(exercise.get("exercise_id"), exercise.get("order_index"),
                        String.valueOf(exercise.get("rest_time")), String.valueOf(exercise.get("notes")), sets));
            }
            days.add(List.of(day.get("name"), day.get("order_index"), String.valueOf(day.get("description")),
                    exercises));
        }
        return days;
    }

    private static List<String> ids(JsonPath plan) {
        List<String> ids = new ArrayList<>(plan.getList("days.id"));
        ids.addAll(plan.getList("days.exercises.flatten().id"));
        ids.addAll(plan.getList("days.exercises.flatten().sets.flatten().id"));
        return ids;
    }

    @Test
    void theOwnersCustomExercisesBecomeTheCopiersOwnSoTheCopyIsFullyUsable() {
        TestUser owner = api.newUser();
        TestUser copier = api.newUser();
        String custom = plans.customExercise(owner, "Owner's Zercher Hold");
        String planId = plans.createPlan(owner, Map.of("name", "Zercher", "is_public", true));
        plans.replace(owner, planId, "Zercher", List.of(day("Hold", exercise(custom, set(5, 60)))));

        String copyId = api.as(copier).post(COPY, planId).then().statusCode(201).extract().path("id");

        String copiedExercise = plans.get(copier, copyId).getString("days[0].exercises[0].exercise_id");
        assertThat(copiedExercise, not(equalTo(custom)));
        api.as(copier).get("/api/exercises/{id}", copiedExercise)
                .then().statusCode(200)
                .body("name", equalTo("Owner's Zercher Hold"))
                .body("is_custom", equalTo(true))
                .body("created_by", equalTo(copier.id().toString()));
        api.as(copier).get(PLAN, copyId).then().statusCode(200);
        plans.replace(copier, copyId, "Zercher", List.of(day("Hold", exercise(copiedExercise, set(6, 60)))));

        String secondCopy = api.as(copier).post(COPY, planId).then().statusCode(201).extract().path("id");
        assertThat(plans.get(copier, secondCopy).getString("days[0].exercises[0].exercise_id"),
                equalTo(copiedExercise));
    }
}
