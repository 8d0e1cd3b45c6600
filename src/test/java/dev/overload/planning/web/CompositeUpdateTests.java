package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.BENCH;
import static dev.overload.planning.web.PlanApi.COMPOSITE;
import static dev.overload.planning.web.PlanApi.DAY;
import static dev.overload.planning.web.PlanApi.DEADLIFT;
import static dev.overload.planning.web.PlanApi.EXERCISE;
import static dev.overload.planning.web.PlanApi.PLAN;
import static dev.overload.planning.web.PlanApi.PULL_UP;
import static dev.overload.planning.web.PlanApi.SET;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.item;
import static dev.overload.planning.web.PlanApi.set;
import static dev.overload.planning.web.PlanApi.with;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 004's composite update: the payload is the whole plan as it should be. Items with ids are updated,
 * items without are created, stored items left out are deleted, and order is the order of the arrays.
 */
@ApiTest
class CompositeUpdateTests {

    @Autowired
    Api api;

    PlanApi plans;
    String squat;
    String bench;
    String deadlift;
    String pullUp;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
        squat = plans.exercise(SQUAT);
        bench = plans.exercise(BENCH);
        deadlift = plans.exercise(DEADLIFT);
        pullUp = plans.exercise(PULL_UP);
    }

    @Test
    void createsTheWholeTreeAndAnswersIt() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Empty");

        String body = api.as(user).body(Map.of(
                "name", "Strength",
                "description", "Three days",
                "difficulty_level", "INTERMEDIATE",
                "muscle_types", List.of("Legs", "chest"),
                "estimated_duration", 60,
                "days", List.of(
                        item("name", "Lower", "description", "Squat day", "exercises", List.of(
                                item("exercise_id", squat, "rest_time", 180, "notes", "Low bar",
                                        "sets", List.of(
                                                item("expected_reps", 5, "expected_weight", 100,
                                                        "expected_rir", 2),
                                                item("expected_reps", 5, "expected_weight", 105,
                                                        "expected_duration_seconds", 45))),
                                exercise(deadlift, set(3, 140)))),
                        day("Upper", exercise(bench, set(8, 60), set(8, 60), set(8, 60))),
                        day("Rest"))))
                .post(COMPOSITE, planId)
                .then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(planId))
                .body("name", equalTo("Strength"))
                .body("description", equalTo("Three days"))
                .body("difficulty_level", equalTo("INTERMEDIATE"))
                .body("muscle_types", contains("legs", "chest"))
                .body("estimated_duration", equalTo(60))
                .body("user_id", equalTo(user.id().toString()))
                .body("days.name", contains("Lower", "Upper", "Rest"))
                .body("days.order_index", contains(1, 2, 3))
                .body("days[0].description", equalTo("Squat day"))
                .body("days[0].exercises.exercise_id", contains(squat, deadlift))
                .body("days[0].exercises.order_index", contains(1, 2))
                .body("days[0].exercises[0].rest_time", equalTo(180))
                .body("days[0].exercises[0].notes", equalTo("Low bar"))
                .body("days[0].exercises[0].sets.set_index", contains(1, 2))
                .body("days[0].exercises[0].sets.expected_weight", contains(100, 105))
                .body("days[0].exercises[0].sets[0].expected_rir", equalTo(2))
                .body("days[0].exercises[0].sets[1].expected_duration_seconds", equalTo(45))
                .body("days[1].exercises[0].sets.set_index", contains(1, 2, 3))
                .body("days[2].exercises", empty())
                .body("days.id", not(hasItem((Object) null)))
                .extract().asString();

        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(JsonPath.from(body))));
    }

    @Test
    void orderIndexesInThePayloadAreIgnoredInFavourOfArrayOrder() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        plans.replace(user, planId, "Plan", List.of(
                with(day("B", with(exercise(bench, with(set(2, 20), "set_index", 0), with(set(1, 10), "set_index", 7)),
                        "order_index", 9)), "order_index", 2),
                with(day("A"), "order_index", 1)));

        api.as(user).get(PLAN, planId).then()
                .body("days.name", contains("B", "A"))
                .body("days.order_index", contains(1, 2))
                .body("days[0].exercises.order_index", contains(1))
                .body("days[0].exercises[0].sets.expected_reps", contains(2, 1))
                .body("days[0].exercises[0].sets.set_index", contains(1, 2));
    }

    @Test
    void storedItemsAreUpdatedInPlaceAndReorderedAtEveryLevel() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(
                day("Mon", exercise(squat, set(5, 100), set(5, 105), set(5, 110)), exercise(bench, set(8, 60))),
                day("Wed", exercise(deadlift, set(3, 140))),
                day("Fri")));
        String mon = before.getString("days[0].id");
        String wed = before.getString("days[1].id");
        String fri = before.getString("days[2].id");
        String squatSlot = before.getString("days[0].exercises[0].id");
        String benchSlot = before.getString("days[0].exercises[1].id");
        String deadliftSlot = before.getString("days[1].exercises[0].id");
        List<String> squatSets = before.getList("days[0].exercises[0].sets.id");
        String benchSet = before.getString("days[0].exercises[1].sets[0].id");
        String deadliftSet = before.getString("days[1].exercises[0].sets[0].id");

        JsonPath after = plans.replace(user, planId, "Plan v2", List.of(
                with(day("Friday"), "id", fri),
                with(day("Monday",
                        with(exercise(bench, with(set(10, 55), "id", benchSet)), "id", benchSlot),
                        with(with(exercise(pullUp,
                                with(set(5, 120), "id", squatSets.get(2)),
                                with(set(5, 100), "id", squatSets.get(0)),
                                with(set(6, 107.5), "id", squatSets.get(1))), "id", squatSlot),
                                "rest_time", 240)),
                        "id", mon),
                with(day("Wednesday", with(exercise(deadlift, with(set(3, 150), "id", deadliftSet)),
                        "id", deadliftSlot)), "id", wed)));

        assertThat(after.getString("name"), equalTo("Plan v2"));
        assertThat(after.getList("days.id"), contains(fri, mon, wed));
        assertThat(after.getList("days.name"), contains("Friday", "Monday", "Wednesday"));
        assertThat(after.getList("days.order_index"), contains(1, 2, 3));
        assertThat(after.getList("days[1].exercises.id"), contains(benchSlot, squatSlot));
        assertThat(after.getList("days[1].exercises.order_index"), contains(1, 2));
        assertThat(after.getString("days[1].exercises[1].exercise_id"), equalTo(pullUp));
        assertThat(after.getInt("days[1].exercises[1].rest_time"), equalTo(240));
        assertThat(after.getList("days[1].exercises[1].sets.id"),
                contains(squatSets.get(2), squatSets.get(0), squatSets.get(1)));
        assertThat(after.getList("days[1].exercises[1].sets.set_index"), contains(1, 2, 3));
        assertThat(after.getList("days[1].exercises[1].sets.expected_reps"), contains(5, 5, 6));
        assertThat(PlanApi.decimal(after.prettify(), "days[1].exercises[1].sets[2].expected_weight").toPlainString(),
                equalTo("107.5"));
        assertThat(after.getInt("days[1].exercises[0].sets[0].expected_reps"), equalTo(10));
        assertThat(after.getInt("days[2].exercises[0].sets[0].expected_weight"), equalTo(150));
        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(after)));
    }

    @Test
    void storedItemsLeftOutAreDeletedAtEveryLevel() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(
                day("Mon", exercise(squat, set(5, 100), set(5, 105)), exercise(bench, set(8, 60))),
                day("Wed", exercise(deadlift, set(3, 140))),
                day("Fri")));
        String mon = before.getString("days[0].id");
        String wed = before.getString("days[1].id");
        String squatSlot = before.getString("days[0].exercises[0].id");
        String benchSlot = before.getString("days[0].exercises[1].id");
        String deadliftSlot = before.getString("days[1].exercises[0].id");
        List<String> squatSets = before.getList("days[0].exercises[0].sets.id");

        JsonPath after = plans.replace(user, planId, "Plan", List.of(
                with(day("Mon", with(exercise(squat, with(set(5, 105), "id", squatSets.get(1))), "id", squatSlot)),
                        "id", mon)));

        assertThat(after.getList("days.id"), contains(mon));
        assertThat(after.getList("days[0].exercises.id"), contains(squatSlot));
        assertThat(after.getList("days[0].exercises[0].sets.id"), contains(squatSets.get(1)));
        assertThat(after.getList("days[0].exercises[0].sets.set_index"), contains(1));
        api.as(user).get(DAY, planId, wed).then().statusCode(404);
        api.as(user).get(EXERCISE, planId, mon, benchSlot).then().statusCode(404);
        api.as(user).get(EXERCISE, planId, wed, deadliftSlot).then().statusCode(404);
        api.as(user).get(SET, planId, mon, squatSlot, squatSets.get(0)).then().statusCode(404);

        plans.replace(user, planId, "Plan", List.of());
        api.as(user).get(PLAN, planId).then().statusCode(200).body("days", empty());
    }

    @Test
    void newItemsMayBeMixedWithStoredOnes() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(day("Mon", exercise(squat, set(5, 100)))));
        String mon = before.getString("days[0].id");
        String squatSlot = before.getString("days[0].exercises[0].id");
        String squatSet = before.getString("days[0].exercises[0].sets[0].id");

        JsonPath after = plans.replace(user, planId, "Plan", List.of(
                day("New first day", exercise(bench, set(8, 60))),
                with(day("Mon",
                        exercise(deadlift, set(3, 140)),
                        with(exercise(squat, set(3, 90), with(set(5, 100), "id", squatSet), set(1, 120)), "id",
                                squatSlot)),
                        "id", mon)));

        assertThat(after.getList("days.name"), contains("New first day", "Mon"));
        assertThat(after.getString("days[1].id"), equalTo(mon));
        assertThat(after.getList("days[1].exercises.exercise_id"), contains(deadlift, squat));
        assertThat(after.getString("days[1].exercises[1].id"), equalTo(squatSlot));
        assertThat(after.getList("days[1].exercises[1].sets.expected_reps"), contains(3, 5, 1));
        assertThat(after.getString("days[1].exercises[1].sets[1].id"), equalTo(squatSet));
        assertThat(after.getList("days[1].exercises[1].sets.set_index"), contains(1, 2, 3));
        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(after)));
    }

    @Test
    void aDayIdOfAnotherPlanIsRefusedEvenIfTheCallerOwnsIt() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String otherPlanId = plans.createPlan(user, "Other plan of mine");
        String otherDay = plans.replace(user, otherPlanId, "Other plan of mine", List.of(day("Theirs")))
                .getString("days[0].id");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(day("Mine")));

        api.as(user).body(Map.of("name", "Plan", "days", List.of(with(day("Stolen"), "id", otherDay))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("days[0].id"));

        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(before)));
        api.as(user).get(PLAN, otherPlanId).then().body("days.id", contains(otherDay))
                .body("days.name", contains("Theirs"));
    }

    @Test
    void anUnknownIdIsRefusedNamingItsPath() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(day("Mon", exercise(squat, set(5, 100)))));
        String mon = before.getString("days[0].id");
        String slot = before.getString("days[0].exercises[0].id");

        api.as(user).body(Map.of("name", "Plan", "days", List.of(with(day("Mon",
                with(exercise(squat, with(set(5, 100), "id", UUID.randomUUID().toString())), "id", slot)),
                "id", mon))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[0].exercises[0].sets[0].id"));
        api.as(user).body(Map.of("name", "Plan", "days", List.of(with(day("Mon"), "id", "not-a-uuid"))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[0].id"));

        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(before)));
    }

    @Test
    void anExerciseOrSetIdUnderTheWrongParentIsRefused() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(
                day("Mon", exercise(squat, set(5, 100))),
                day("Wed", exercise(bench, set(8, 60)))));
        String mon = before.getString("days[0].id");
        String wed = before.getString("days[1].id");
        String squatSlot = before.getString("days[0].exercises[0].id");
        String benchSlot = before.getString("days[1].exercises[0].id");
        String benchSet = before.getString("days[1].exercises[0].sets[0].id");

        api.as(user).body(Map.of("name", "Plan", "days", List.of(
                with(day("Mon", with(exercise(squat), "id", squatSlot)), "id", mon),
                with(day("Wed", with(exercise(squat), "id", squatSlot)), "id", wed))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[1].exercises[0].id"));
        api.as(user).body(Map.of("name", "Plan", "days", List.of(
                with(day("Mon", with(exercise(squat, with(set(8, 60), "id", benchSet)), "id", squatSlot)),
                        "id", mon),
                with(day("Wed", with(exercise(bench), "id", benchSlot)), "id", wed))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[0].exercises[0].sets[0].id"));

        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(before)));
    }

    @Test
    void theSameIdTwiceIsRefused() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(day("Mon", exercise(squat, set(5, 100)))));
        String mon = before.getString("days[0].id");
        String slot = before.getString("days[0].exercises[0].id");
        String setId = before.getString("days[0].exercises[0].sets[0].id");

        api.as(user).body(Map.of("name", "Plan", "days", List.of(with(day("Mon"), "id", mon),
                with(day("Mon again"), "id", mon))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[1].id"));
        api.as(user).body(Map.of("name", "Plan", "days", List.of(with(day("Mon",
                with(exercise(squat), "id", slot), with(exercise(squat), "id", slot)), "id", mon))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[0].exercises[1].id"));
        api.as(user).body(Map.of("name", "Plan", "days", List.of(with(day("Mon",
                with(exercise(squat, with(set(1, 1), "id", setId), with(set(2, 2), "id", setId)), "id", slot)),
                "id", mon))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[0].exercises[0].sets[1].id"));

        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(before)));
    }

    @Test
    void anUnknownOrSomeoneElsesCatalogExerciseIsNotFound() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String theirs = plans.customExercise(other, "Their lift");
        String mine = plans.customExercise(user, "My lift");
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(day("Mon", exercise(squat, set(5, 100)))));

        api.as(user)
                .body(Map.of("name", "Changed", "days", List.of(day("Mon", exercise(UUID.randomUUID().toString())))))
                .post(COMPOSITE, planId)
                .then().statusCode(404)
                .contentType("application/problem+json");
        api.as(user).body(Map.of("name", "Changed", "days", List.of(day("Mon", exercise(theirs)))))
                .post(COMPOSITE, planId)
                .then().statusCode(404);
        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(before)));
        assertThat(plans.get(user, planId).getString("name"), equalTo("Plan"));

        plans.replace(user, planId, "Plan", List.of(day("Mon", exercise(mine, set(5, 10)))));
        api.as(user).get(PLAN, planId).then()
                .body("days[0].exercises[0].exercise_id", equalTo(mine))
                .body("days[0].exercises[0].exercise_name", equalTo("My lift"));
    }

    @Test
    void aFailingCompositeChangesNothing() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, Map.of("name", "Plan", "description", "Before"));
        JsonPath before = plans.replace(user, planId, "Plan", List.of(
                day("Mon", exercise(squat, set(5, 100), set(5, 105))),
                day("Wed", exercise(bench, set(8, 60))),
                day("Fri", exercise(deadlift, set(3, 140)))));
        String beforeBody = api.as(user).get(PLAN, planId).then().extract().asString();
        String mon = before.getString("days[0].id");
        String squatSlot = before.getString("days[0].exercises[0].id");

        api.as(user).body(Map.of(
                "name", "Everything changed",
                "description", "After",
                "days", List.of(
                        day("Brand new", exercise(pullUp, set(10, 0))),
                        with(day("Mon renamed", with(exercise(deadlift, set(1, 200)), "id", squatSlot)),
                                "id", mon),
                        with(day("Broken"), "id", UUID.randomUUID().toString()))))
                .post(COMPOSITE, planId)
                .then().statusCode(400)
                .body("errors.field", hasItem("days[2].id"));

        assertThat(api.as(user).get(PLAN, planId).then().extract().asString(), equalTo(beforeBody));
    }

    @Test
    void missingOrInvalidFieldsAreRefusedNamingTheirNestedPath() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        JsonPath before = plans.replace(user, planId, "Plan", List.of(day("Mon", exercise(squat, set(5, 100)))));

        expectInvalid(user, planId, Map.of("name", "Plan"), "days");
        expectInvalid(user, planId, Map.of("days", List.of()), "name");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day(" "))), "days[0].name");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon"),
                day("Wed", item("sets", List.of())))), "days[1].exercises[0].exercise_id");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon",
                exercise(squat, set(5, 100), set(0, 100))))), "days[0].exercises[0].sets[1].expected_reps");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon",
                exercise(squat, set(5, -1))))), "days[0].exercises[0].sets[0].expected_weight");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon",
                exercise(squat, item("expected_weight", 10))))), "days[0].exercises[0].sets[0].expected_reps");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon",
                exercise(squat, with(set(5, 10), "expected_rir", 11))))), "days[0].exercises[0].sets[0].expected_rir");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon",
                with(exercise(squat), "rest_time", 3601)))), "days[0].exercises[0].rest_time");
        expectInvalid(user, planId, Map.of("name", "Plan", "muscle_types", List.of("gills"), "days", List.of()),
                "muscle_types");
        List<Object> withNullDay = new ArrayList<>();
        withNullDay.add(null);
        expectInvalid(user, planId, Map.of("name", "Plan", "days", withNullDay), "days[0]");

        assertThat(treeOf(plans.get(user, planId)), equalTo(treeOf(before)));
    }

    @Test
    void theLimitsOfDaysExercisesAndSetsHold() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        expectInvalid(user, planId, Map.of("name", "Plan", "days",
                IntStream.rangeClosed(1, 15).mapToObj(i -> day("D" + i)).toList()), "days");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon",
                IntStream.rangeClosed(1, 31).mapToObj(i -> exercise(squat)).toList()))), "days[0].exercises");
        expectInvalid(user, planId, Map.of("name", "Plan", "days", List.of(day("Mon", exercise(squat,
                IntStream.rangeClosed(1, 51).mapToObj(i -> set(5, 10)).toList())))), "days[0].exercises[0].sets");

        plans.replace(user, planId, "Plan", IntStream.rangeClosed(1, 14).mapToObj(i -> day("D" + i)).toList());
        api.as(user).get(PLAN, planId).then().body("days.size()", equalTo(14));
    }

    @Test
    void leftOutPlanFieldsKeepTheirValues() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, Map.of("name", "Plan", "description", "Kept", "status", "IDLE",
                "is_public", true, "estimated_duration", 40));

        api.as(user).body(Map.of("name", "Renamed", "days", List.of(day("Mon")))).post(COMPOSITE, planId)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("description", equalTo("Kept"))
                .body("status", equalTo("IDLE"))
                .body("is_public", equalTo(true))
                .body("estimated_duration", equalTo(40))
                .body("updated_at", notNullValue());
    }

    @Test
    void anUnknownPlanIsNotFound() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("name", "Plan", "days", List.of())).post(COMPOSITE, UUID.randomUUID())
                .then().statusCode(404);
    }

    private void expectInvalid(TestUser user, String planId, Map<String, ?> body, String field) {
        api.as(user).body(body).post(COMPOSITE, planId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    /** The days, exercises and sets of a plan, without its timestamps. */
    private static Object treeOf(JsonPath plan) {
        Map<String, Object> tree = new HashMap<>();
        tree.put("name", plan.get("name"));
        tree.put("days", plan.get("days"));
        return tree;
    }
}
