package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.DAY;
import static dev.overload.planning.web.PlanApi.DAYS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 004's plan days and §4 Reordering: days of a plan are always numbered 1..n in order. */
@ApiTest
class PlanDayTests {

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    @Test
    void aDayWithoutOrderIndexIsAppended() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        var created = api.as(user).body(Map.of("name", " Legs ", "description", "Heavy")).post(DAYS, planId)
                .then().statusCode(201)
                .contentType("application/json")
                .body("name", equalTo("Legs"))
                .body("description", equalTo("Heavy"))
                .body("order_index", equalTo(1))
                .body("training_plan_id", equalTo(planId))
                .body("exercises", empty())
                .extract();
        assertThat(created.header("Location"),
                endsWith("/api/training-plans/" + planId + "/days/" + created.path("id")));
        api.as(user).body(Map.of("name", "Push")).post(DAYS, planId)
                .then().statusCode(201).body("order_index", equalTo(2));
        api.as(user).body(Map.of("name", "Pull")).post(DAYS, planId)
                .then().statusCode(201).body("order_index", equalTo(3));

        expectDays(user, planId, "Legs", "Push", "Pull");
    }

    @Test
    void aDayInsertedAtAPositionShiftsTheFollowingOnes() {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A", "B", "C");

        api.as(user).body(Map.of("name", "X", "order_index", 1)).post(DAYS, planId)
                .then().statusCode(201).body("order_index", equalTo(1));
        expectDays(user, planId, "X", "A", "B", "C");

        api.as(user).body(Map.of("name", "Y", "order_index", 3)).post(DAYS, planId)
                .then().statusCode(201).body("order_index", equalTo(3));
        expectDays(user, planId, "X", "A", "Y", "B", "C");

        api.as(user).body(Map.of("name", "Z", "order_index", 6)).post(DAYS, planId)
                .then().statusCode(201).body("order_index", equalTo(6));
        expectDays(user, planId, "X", "A", "Y", "B", "C", "Z");
    }

    @ParameterizedTest(name = "order_index {0}")
    @ValueSource(ints = {0, -1, 5, 100})
    void insertingOutsideOneToDaysPlusOneIsRefusedNamingOrderIndex(int orderIndex) {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A", "B", "C");

        api.as(user).body(Map.of("name", "X", "order_index", orderIndex)).post(DAYS, planId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("order_index"));
        expectDays(user, planId, "A", "B", "C");
    }

    @Test
    void movingADayReindexesTheOthers() {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A", "B", "C", "D");
        List<String> ids = plans.get(user, planId).getList("days.id");
        String c = ids.get(2);

        api.as(user).body(Map.of("order_index", 1)).put(DAY, planId, c)
                .then().statusCode(200)
                .body("id", equalTo(c))
                .body("name", equalTo("C"))
                .body("order_index", equalTo(1));
        expectDays(user, planId, "C", "A", "B", "D");

        api.as(user).body(Map.of("order_index", 4)).put(DAY, planId, c).then().statusCode(200);
        expectDays(user, planId, "A", "B", "D", "C");

        api.as(user).body(Map.of("order_index", 2)).put(DAY, planId, ids.get(3)).then().statusCode(200);
        expectDays(user, planId, "A", "D", "B", "C");

        api.as(user).body(Map.of("order_index", 2)).put(DAY, planId, ids.get(3))
                .then().statusCode(200).body("order_index", equalTo(2));
        expectDays(user, planId, "A", "D", "B", "C");
        assertThat(plans.get(user, planId).getList("days.id"), contains(ids.get(0), ids.get(3), ids.get(1), c));
    }

    @ParameterizedTest(name = "order_index {0}")
    @ValueSource(ints = {0, 4, 5})
    void movingOutsideOneToDaysIsRefusedAndChangesNothing(int orderIndex) {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A", "B", "C");
        String b = plans.get(user, planId).getString("days[1].id");

        api.as(user).body(Map.of("name", "Renamed", "order_index", orderIndex)).put(DAY, planId, b)
                .then().statusCode(400)
                .body("errors.field", hasItem("order_index"));
        expectDays(user, planId, "A", "B", "C");
    }

    @Test
    void deletingADayClosesTheGap() {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A", "B", "C", "D");
        List<String> ids = plans.get(user, planId).getList("days.id");

        api.as(user).delete(DAY, planId, ids.get(1)).then().statusCode(204);
        expectDays(user, planId, "A", "C", "D");

        api.as(user).delete(DAY, planId, ids.get(0)).then().statusCode(204);
        expectDays(user, planId, "C", "D");

        api.as(user).delete(DAY, planId, ids.get(3)).then().statusCode(204);
        expectDays(user, planId, "C");

        api.as(user).get(DAY, planId, ids.get(1)).then().statusCode(404);
        api.as(user).delete(DAY, planId, ids.get(1)).then().statusCode(404);
    }

    @Test
    void deletingADayDeletesItsExercisesAndSets() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String planId = plans.createPlan(user, "Plan");
        var tree = plans.replace(user, planId, "Plan", List.of(
                day("Legs", exercise(squat, set(5, 100))), day("Rest")));
        String legs = tree.getString("days[0].id");
        String slot = tree.getString("days[0].exercises[0].id");

        api.as(user).delete(DAY, planId, legs).then().statusCode(204);

        api.as(user).get(PlanApi.EXERCISE, planId, legs, slot).then().statusCode(404);
        api.as(user).get(PlanApi.PLAN, planId).then()
                .body("days.name", contains("Rest"))
                .body("days.order_index", contains(1));
    }

    @Test
    void puttingChangesNameAndDescriptionAndKeepsWhatIsLeftOut() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = api.as(user).body(Map.of("name", "Legs", "description", "Heavy")).post(DAYS, planId)
                .then().statusCode(201).extract().path("id");
        plans.addDay(user, planId, "Other");

        api.as(user).body(Map.of("name", "Lower body")).put(DAY, planId, dayId)
                .then().statusCode(200)
                .body("name", equalTo("Lower body"))
                .body("description", equalTo("Heavy"))
                .body("order_index", equalTo(1));
        api.as(user).body(Map.of("description", "Light")).put(DAY, planId, dayId)
                .then().statusCode(200)
                .body("name", equalTo("Lower body"))
                .body("description", equalTo("Light"));

        api.as(user).get(DAY, planId, dayId)
                .then().statusCode(200)
                .body("id", equalTo(dayId))
                .body("name", equalTo("Lower body"))
                .body("description", equalTo("Light"))
                .body("training_plan_id", equalTo(planId))
                .body("exercises", empty());
        expectDays(user, planId, "Lower body", "Other");
    }

    @Test
    void invalidDaysAreRefusedNamingTheField() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        String dayId = plans.addDay(user, planId, "A");

        api.as(user).body(Map.of("description", "no name")).post(DAYS, planId)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        api.as(user).body(Map.of("name", " ")).post(DAYS, planId)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        api.as(user).body(Map.of("name", "x".repeat(101))).post(DAYS, planId)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        api.as(user).body(Map.of("name", "A", "description", "x".repeat(2001))).post(DAYS, planId)
                .then().statusCode(400).body("errors.field", hasItem("description"));
        api.as(user).body(Map.of("name", " ")).put(DAY, planId, dayId)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        expectDays(user, planId, "A");
    }

    @Test
    void theDayListIsInOrderWithTotalAndPages() {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A", "B", "C");

        api.as(user).get(DAYS, planId)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("name", contains("A", "B", "C"))
                .body("order_index", contains(1, 2, 3));
        api.as(user).queryParam("limit", 1).queryParam("offset", 1).get(DAYS, planId)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("name", contains("B"));
    }

    @Test
    void aDayOfAnotherPlanIsNotFoundUnderThisPlan() {
        TestUser user = api.newUser();
        String planId = planWithDays(user, "A");
        String otherPlanId = planWithDays(user, "Elsewhere");
        String otherDay = plans.get(user, otherPlanId).getString("days[0].id");

        api.as(user).get(DAY, planId, otherDay).then().statusCode(404);
        api.as(user).body(Map.of("name", "Moved")).put(DAY, planId, otherDay).then().statusCode(404);
        api.as(user).delete(DAY, planId, otherDay).then().statusCode(404);
        api.as(user).get(DAY, planId, UUID.randomUUID()).then().statusCode(404);
        expectDays(user, otherPlanId, "Elsewhere");
    }

    @Test
    void aPlanHasAtMostFourteenDays() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");
        plans.replace(user, planId, "Plan", IntStream.rangeClosed(1, 14)
                .mapToObj(d -> day("D" + d, List.of())).toList());

        api.as(user).body(Map.of("name", "D15")).post(DAYS, planId)
                .then().statusCode(409)
                .contentType("application/problem+json");
        api.as(user).get(DAYS, planId).then().header("X-Total-Count", "14");

        String first = plans.get(user, planId).getString("days[0].id");
        api.as(user).delete(DAY, planId, first).then().statusCode(204);
        api.as(user).body(Map.of("name", "D15", "order_index", 1)).post(DAYS, planId)
                .then().statusCode(201).body("order_index", equalTo(1));
    }

    @Test
    void aDayWithoutDescriptionHasNone() {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Plan");

        api.as(user).body(Map.of("name", "A")).post(DAYS, planId)
                .then().statusCode(201).body("description", nullValue());
    }

    private String planWithDays(TestUser user, String... names) {
        String planId = plans.createPlan(user, "Plan");
        for (String name : names) {
            plans.addDay(user, planId, name);
        }
        return planId;
    }

    private void expectDays(TestUser user, String planId, String... names) {
        Integer[] positions = IntStream.rangeClosed(1, names.length).boxed().toArray(Integer[]::new);
        api.as(user).get(PlanApi.PLAN, planId)
                .then().statusCode(200)
                .body("days.name", contains(names))
                .body("days.order_index", contains(positions));
    }
}
