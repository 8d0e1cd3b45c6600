package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.BENCH;
import static dev.overload.planning.web.PlanApi.PLAN;
import static dev.overload.planning.web.PlanApi.PLANS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's {@code /api/training-plans}: a plan's own fields, and lists of whole plans. */
@ApiTest
class TrainingPlanTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    // --- POST /api/training-plans

    @Test
    void creatingAPlanAnswers201WithItsLocationAndNoDays() {
        TestUser user = api.newUser();

        var response = api.as(user).body(Map.of("name", "  Push Pull Legs ", "description", "Six days a week"))
                .post(PLANS)
                .then().statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("name", equalTo("Push Pull Legs"))
                .body("description", equalTo("Six days a week"))
                .body("user_id", equalTo(user.id().toString()))
                .body("status", equalTo("ACTIVE"))
                .body("is_public", equalTo(false))
                .body("$", hasKey("difficulty_level"))
                .body("difficulty_level", nullValue())
                .body("muscle_types", empty())
                .body("estimated_duration", nullValue())
                .body("copied_from_id", nullValue())
                .body("weight_unit", equalTo("KG"))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("days", empty())
                .extract();

        String id = response.path("id");
        assertThat(response.header("Location"), endsWith("/api/training-plans/" + id));
        api.as(user).get(PLAN, id).then().statusCode(200)
                .body("name", equalTo("Push Pull Legs"))
                .body("days", empty());
    }

    @Test
    void everyOptionalFieldIsStoredAndMuscleTypesAreLowercasedBodyParts() {
        TestUser user = api.newUser();

        String id = api.as(user).body(Map.of(
                "name", "Upper body",
                "status", "IDLE",
                "is_public", true,
                "difficulty_level", "ADVANCED",
                "muscle_types", List.of("Chest", " triceps ", "LEGS", "chest"),
                "estimated_duration", 75))
                .post(PLANS)
                .then().statusCode(201)
                .body("status", equalTo("IDLE"))
                .body("is_public", equalTo(true))
                .body("difficulty_level", equalTo("ADVANCED"))
                .body("muscle_types", contains("chest", "triceps", "legs"))
                .body("estimated_duration", equalTo(75))
                .extract().path("id");

        api.as(user).get(PLAN, id).then().statusCode(200)
                .body("muscle_types", contains("chest", "triceps", "legs"))
                .body("estimated_duration", equalTo(75));
    }

    @Test
    void aMuscleTypeThatIsNotABodyPartIsRefusedNamingMuscleTypes() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("name", "Wings", "muscle_types", List.of("chest", "wings"))).post(PLANS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("muscle_types"));
        api.as(user).get(PLANS).then().statusCode(200).header("X-Total-Count", "0");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "estimated_duration | 5",
            "estimated_duration | 300"})
    void estimatedDurationMayBeFiveToThreeHundredMinutes(String field, int value) {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("name", "Plan", field, value)).post(PLANS)
                .then().statusCode(201)
                .body(field, equalTo(value));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "name               | {}",
            "name               | {\"name\": \"   \"}",
            "estimated_duration | {\"name\": \"P\", \"estimated_duration\": 4}",
            "estimated_duration | {\"name\": \"P\", \"estimated_duration\": 301}",
            "status             | {\"name\": \"P\", \"status\": \"SLEEPING\"}",
            "difficulty_level   | {\"name\": \"P\", \"difficulty_level\": \"GODLIKE\"}",
            "is_public          | {\"name\": \"P\", \"is_public\": \"maybe\"}",
            "muscle_types       | {\"name\": \"P\", \"muscle_types\": [\"\"]}"})
    void invalidFieldsAreRefusedNamingTheField(String field, String body) {
        TestUser user = api.newUser();

        api.as(user).body(body).post(PLANS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWithField(field)));
        api.as(user).get(PLANS).then().header("X-Total-Count", "0");
    }

    @Test
    void aNameLongerThan255CharactersIsRefused() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("name", "x".repeat(256))).post(PLANS)
                .then().statusCode(400)
                .body("errors.field", hasItem("name"));
        api.as(user).body(Map.of("name", "x".repeat(255))).post(PLANS).then().statusCode(201);
    }

    /** Bean validation names elements of lists with their index ({@code muscle_types[0]}). */
    private static org.hamcrest.Matcher<String> startsWithField(String field) {
        return org.hamcrest.Matchers.startsWith(field);
    }

    @Test
    void needsAToken() {
        api.anonymous().body(Map.of("name", "Plan")).post(PLANS).then().statusCode(401);
        api.anonymous().get(PLANS).then().statusCode(401);
        api.anonymous().get(PLAN, UUID.randomUUID()).then().statusCode(401);
    }

    // --- GET /api/training-plans

    @Test
    void theListHoldsOnlyTheCallersPlansNewestFirst() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        plans.createPlan(user, "First");
        plans.createPlan(user, "Second");
        plans.publicPlan(other, "Someone else's public plan");
        plans.createPlan(user, "Third");

        api.as(user).get(PLANS)
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", "3")
                .body("name", contains("Third", "Second", "First"))
                .body("user_id", contains(user.id().toString(), user.id().toString(), user.id().toString()));
    }

    @Test
    void aUserWithoutPlansGetsAnEmptyList() {
        TestUser user = api.newUser();

        api.as(user).get(PLANS)
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", empty());
    }

    @Test
    void theListPagesWithLimitAndOffsetAndCountsAll() {
        TestUser user = api.newUser();
        for (String name : List.of("P1", "P2", "P3", "P4", "P5")) {
            plans.createPlan(user, name);
        }

        api.as(user).queryParam("limit", 2).get(PLANS)
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("name", contains("P5", "P4"));
        api.as(user).queryParam("limit", 2).queryParam("offset", 2).get(PLANS)
                .then().header("X-Total-Count", "5")
                .body("name", contains("P3", "P2"));
        api.as(user).queryParam("limit", 2).queryParam("offset", 4).get(PLANS)
                .then().header("X-Total-Count", "5")
                .body("name", contains("P1"));
        api.as(user).queryParam("offset", 10).get(PLANS)
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("$", empty());
    }

    @Test
    void theListSortsByNameCreatedAtOrUpdatedAt() {
        TestUser user = api.newUser();
        String beta = plans.createPlan(user, "beta");
        plans.createPlan(user, "Alpha");
        plans.createPlan(user, "gamma");
        api.as(user).body(Map.of("name", "beta", "description", "touched")).put(PLAN, beta).then().statusCode(200);

        api.as(user).queryParam("sort", "name").get(PLANS)
                .then().statusCode(200).body("name", contains("Alpha", "beta", "gamma"));
        api.as(user).queryParam("sort", "-name").get(PLANS)
                .then().statusCode(200).body("name", contains("gamma", "beta", "Alpha"));
        api.as(user).queryParam("sort", "created_at").get(PLANS)
                .then().statusCode(200).body("name", contains("beta", "Alpha", "gamma"));
        api.as(user).queryParam("sort", "-updated_at").get(PLANS)
                .then().statusCode(200).body("name", contains("beta", "gamma", "Alpha"));
    }

    @Test
    void theListFiltersByStatus() {
        TestUser user = api.newUser();
        plans.createPlan(user, Map.of("name", "Active one"));
        plans.createPlan(user, Map.of("name", "Idle one", "status", "IDLE"));
        plans.createPlan(user, Map.of("name", "Done", "status", "COMPLETED"));

        api.as(user).queryParam("status", "IDLE").get(PLANS)
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("name", contains("Idle one"));
        api.as(user).queryParam("status", "ACTIVE").get(PLANS)
                .then().header("X-Total-Count", "1")
                .body("name", contains("Active one"));
        api.as(user).queryParam("status", "COMING_SOON").get(PLANS)
                .then().statusCode(200).header("X-Total-Count", "0").body("$", empty());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"sort, owner", "limit, 0", "limit, 101", "offset, -1", "status, SLEEPING"})
    void badListParametersAreRefusedNamingTheParameter(String parameter, String value) {
        TestUser user = api.newUser();

        api.as(user).queryParam(parameter, value).get(PLANS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void theListNestsDaysExercisesAndSetsInOrder() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String bench = plans.exercise(BENCH);
        String planId = plans.createPlan(user, "Full");
        plans.replace(user, planId, "Full", List.of(
                day("Legs", exercise(squat, set(5, 100), set(3, 110), set(1, 120))),
                day("Chest", exercise(bench, set(8, 60)), exercise(squat, set(10, 80))),
                day("Rest")));
        plans.createPlan(user, "Empty");

        api.as(user).get(PLANS)
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("name", contains("Empty", "Full"))
                .body("[0].days", empty())
                .body("[1].days.name", contains("Legs", "Chest", "Rest"))
                .body("[1].days.order_index", contains(1, 2, 3))
                .body("[1].days.training_plan_id", contains(planId, planId, planId))
                .body("[1].days[0].exercises.exercise_id", contains(squat))
                .body("[1].days[0].exercises[0].exercise_name", equalTo(SQUAT))
                .body("[1].days[0].exercises[0].sets.set_index", contains(1, 2, 3))
                .body("[1].days[0].exercises[0].sets.expected_reps", contains(5, 3, 1))
                .body("[1].days[0].exercises[0].sets.expected_weight", contains(100, 110, 120))
                .body("[1].days[1].exercises.exercise_id", contains(bench, squat))
                .body("[1].days[1].exercises.order_index", contains(1, 2))
                .body("[1].days[1].exercises.sets.expected_reps", contains(List.of(8), List.of(10)))
                .body("[1].days[2].exercises", empty());
    }

    // --- GET /api/training-plans/{id}

    @Test
    void onesOwnPlanIsReadAsAWholeTreeLinkedByIds() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String planId = plans.createPlan(user, "Tree");
        var tree = plans.replace(user, planId, "Tree", List.of(day("Legs", exercise(squat, set(5, 100)))));
        String dayId = tree.getString("days[0].id");
        String slotId = tree.getString("days[0].exercises[0].id");

        api.as(user).get(PLAN, planId)
                .then().statusCode(200)
                .body("id", equalTo(planId))
                .body("user_id", equalTo(user.id().toString()))
                .body("days[0].id", equalTo(dayId))
                .body("days[0].training_plan_id", equalTo(planId))
                .body("days[0].exercises[0].id", equalTo(slotId))
                .body("days[0].exercises[0].training_plan_day_id", equalTo(dayId))
                .body("days[0].exercises[0].exercise_id", equalTo(squat))
                .body("days[0].exercises[0].exercise_name", equalTo(SQUAT))
                .body("days[0].exercises[0].sets[0].training_plan_exercise_id", equalTo(slotId))
                .body("days[0].exercises[0].sets[0].expected_reps", equalTo(5))
                .body("days[0].exercises[0].sets[0].expected_weight", equalTo(100))
                .body("days[0].exercises[0].sets[0]", hasKey("expected_duration_seconds"))
                .body("days[0].exercises[0].sets[0]", hasKey("expected_rir"));
    }

    @Test
    void anUnknownPlanIsNotFound() {
        TestUser user = api.newUser();
        UUID unknown = UUID.randomUUID();

        api.as(user).get(PLAN, unknown).then().statusCode(404).contentType("application/problem+json");
        api.as(user).body(Map.of("name", "X")).put(PLAN, unknown).then().statusCode(404);
        api.as(user).delete(PLAN, unknown).then().statusCode(404);
    }

    @Test
    void aPlanIdThatIsNotAUuidIsABadRequest() {
        TestUser user = api.newUser();

        api.as(user).get(PLAN, "plan-1").then().statusCode(400).body("errors.field", hasItem("planId"));
    }

    // --- PUT /api/training-plans/{id}

    @Test
    void puttingChangesTheGivenFieldsAndKeepsTheOthers() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, Map.of(
                "name", "Old", "description", "Kept", "status", "IDLE", "is_public", true,
                "difficulty_level", "BEGINNER", "muscle_types", List.of("legs"), "estimated_duration", 45));
        String squat = plans.exercise(SQUAT);
        plans.replace(user, planId, "Old", List.of(day("Legs", exercise(squat, set(5, 100)))));
        String updatedBefore = plans.get(user, planId).getString("updated_at");

        String updatedAfter = api.as(user).body(Map.of("name", "New", "estimated_duration", 90)).put(PLAN, planId)
                .then().statusCode(200)
                .body("id", equalTo(planId))
                .body("name", equalTo("New"))
                .body("description", equalTo("Kept"))
                .body("status", equalTo("IDLE"))
                .body("is_public", equalTo(true))
                .body("difficulty_level", equalTo("BEGINNER"))
                .body("muscle_types", contains("legs"))
                .body("estimated_duration", equalTo(90))
                .body("days.name", contains("Legs"))
                .extract().path("updated_at");

        assertThat(Instant.parse(updatedAfter), greaterThan(Instant.parse(updatedBefore)));
        api.as(user).body(Map.of("name", "New", "status", "COMPLETED", "is_public", false,
                "muscle_types", List.of("chest", "back"), "description", "Changed"))
                .put(PLAN, planId)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("is_public", equalTo(false))
                .body("muscle_types", contains("chest", "back"))
                .body("description", equalTo("Changed"))
                .body("difficulty_level", equalTo("BEGINNER"))
                .body("estimated_duration", equalTo(90));
        api.as(user).get(PLAN, planId).then()
                .body("name", equalTo("New"))
                .body("status", equalTo("COMPLETED"))
                .body("description", equalTo("Changed"))
                .body("days[0].exercises[0].sets[0].expected_reps", equalTo(5));
    }

    @Test
    void puttingWithoutANameKeepsItAndAnInvalidPutChangesNothing() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, Map.of("name", "Named", "description", "D"));

        // Issue 12: a left-out name is kept, like every other left-out field.
        api.as(user).body(Map.of("description", "Changed")).put(PLAN, planId)
                .then().statusCode(200)
                .body("name", equalTo("Named"));
        api.as(user).body(Map.of("name", "Renamed", "muscle_types", List.of("fins"))).put(PLAN, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("muscle_types"));
        api.as(user).body(Map.of("name", "  ")).put(PLAN, planId).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        api.as(user).get(PLAN, planId).then()
                .body("name", equalTo("Named"))
                .body("description", equalTo("Changed"));
    }

    // --- DELETE /api/training-plans/{id}

    @Test
    void deletingAPlanRemovesItWithEverythingInIt() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Doomed");
        String keptId = plans.createPlan(user, "Kept");
        String squat = plans.exercise(SQUAT);
        var tree = plans.replace(user, planId, "Doomed", List.of(day("Legs", exercise(squat, set(5, 100)))));
        String dayId = tree.getString("days[0].id");

        api.as(user).delete(PLAN, planId).then().statusCode(204);

        api.as(user).get(PLAN, planId).then().statusCode(404);
        api.as(user).get(PlanApi.DAY, planId, dayId).then().statusCode(404);
        api.as(user).delete(PLAN, planId).then().statusCode(404);
        api.as(user).get(PLANS).then()
                .header("X-Total-Count", "1")
                .body("id", contains(keptId))
                .body("id", not(hasItem(planId)));
    }

    @Test
    void nullFieldsInAPutKeepTheirValues() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, Map.of("name", "Kept", "description", "D", "estimated_duration", 30));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Kept");
        body.put("description", null);
        body.put("estimated_duration", null);

        api.as(user).body(body).put(PLAN, planId).then().statusCode(200)
                .body("description", equalTo("D"))
                .body("estimated_duration", equalTo(30));
    }
}
