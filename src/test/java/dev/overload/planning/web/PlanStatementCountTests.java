package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.COMPOSITE;
import static dev.overload.planning.web.PlanApi.DAYS;
import static dev.overload.planning.web.PlanApi.EXERCISES;
import static dev.overload.planning.web.PlanApi.SET;
import static dev.overload.planning.web.PlanApi.SETS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.PLAN;
import static dev.overload.planning.web.PlanApi.PLANS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reading plans costs a fixed, small number of SQL statements, however many days, exercises, sets and plans
 * there are: one per level of the tree, not one per item. Editing or deleting costs a few statements too,
 * however much of the tree goes with it (DESIGN §8: no N+1, reads or writes).
 */
@ApiTest
class PlanStatementCountTests {

    private static final int MOST_STATEMENTS_FOR_A_READ = 6;
    private static final int MOST_STATEMENTS_FOR_AN_EDIT = 15;

    @Autowired
    Api api;

    @Autowired
    StatementCounter counter;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    @Test
    void readingAPlanCostsTheSameFewStatementsWhateverItsSize() {
        TestUser user = api.newUser();
        String small = plans.planOfSize(user, "Small", 1, 1, 1);
        String big = plans.planOfSize(user, "Big", 7, 8, 5);
        api.as(user).get(PLAN, big).then().statusCode(200);

        long forSmall = statements(() -> api.as(user).get(PLAN, small).then().statusCode(200)
                .body("days.size()", equalTo(1)));
        long forBig = statements(() -> api.as(user).get(PLAN, big).then().statusCode(200)
                .body("days.size()", equalTo(7))
                .body("days[6].exercises.size()", equalTo(8))
                .body("days[6].exercises[7].sets.size()", equalTo(5)));

        report("GET /api/training-plans/{id}", forSmall, forBig);
        assertThat(forBig, equalTo(forSmall));
        assertThat(forBig, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_A_READ));
    }

    @Test
    void readingSomeoneElsesPublicPlanCostsNoMore() {
        TestUser owner = api.newUser();
        TestUser viewer = api.newUser();
        String big = plans.planOfSize(owner, "Big", 7, 8, 5);
        api.as(owner).body(java.util.Map.of("name", "Big", "is_public", true)).put(PLAN, big).then().statusCode(200);
        api.as(viewer).get(PLANS).then().statusCode(200);

        long forViewer = statements(() -> api.as(viewer).get(PLAN, big).then().statusCode(200));

        report("GET /api/training-plans/{id} (public, other viewer)", forViewer, forViewer);
        assertThat(forViewer, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_A_READ));
    }

    @Test
    void listingPlansCostsTheSameFewStatementsWhateverTheNumberOfPlansOnThePage() {
        TestUser few = api.newUser();
        TestUser many = api.newUser();
        plans.planOfSize(few, "Only", 1, 1, 1);
        for (int i = 1; i <= 4; i++) {
            plans.planOfSize(many, "Plan " + i, 7, 8, 5);
        }
        api.as(few).get(PLANS).then().statusCode(200);
        api.as(many).get(PLANS).then().statusCode(200);

        long forOne = statements(() -> api.as(few).get(PLANS).then().statusCode(200)
                .header("X-Total-Count", "1"));
        long forFour = statements(() -> api.as(many).get(PLANS).then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("days.flatten().exercises.flatten().sets.flatten().size()", equalTo(4 * 7 * 8 * 5)));
        long forPage = statements(() -> api.as(many).queryParam("limit", 2).get(PLANS).then().statusCode(200)
                .header("X-Total-Count", "4"));

        report("GET /api/training-plans", forOne, forFour);
        assertThat(forFour, equalTo(forOne));
        assertThat(forPage, equalTo(forOne));
        assertThat(forFour, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_A_READ));
    }

    @Test
    void listingTheDaysOfAPlanCostsTheSameWhateverItsSize() {
        TestUser user = api.newUser();
        String small = plans.planOfSize(user, "Small", 1, 1, 1);
        String big = plans.planOfSize(user, "Big", 7, 8, 5);
        api.as(user).get(DAYS, big).then().statusCode(200);

        long forSmall = statements(() -> api.as(user).get(DAYS, small).then().statusCode(200));
        long forBig = statements(() -> api.as(user).get(DAYS, big).then().statusCode(200));

        report("GET /api/training-plans/{id}/days", forSmall, forBig);
        assertThat(forBig, equalTo(forSmall));
        assertThat(forBig, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_A_READ));
    }

    // --- writes

    @Test
    void editingOneItemCostsTheSameWhateverTheSizeOfThePlan() {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String small = plans.planOfSize(user, "Small", 1, 1, 1);
        String big = plans.planOfSize(user, "Big", 7, 8, 5);
        api.as(user).get(PLAN, big).then().statusCode(200);

        long[] forSmall = edits(user, small, squat);
        long[] forBig = edits(user, big, squat);

        report("POST day / POST exercise / POST set / PUT set (move)", forSmall, forBig);
        assertThat(forBig, equalTo(forSmall));
        for (long count : forBig) {
            assertThat(count, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_AN_EDIT));
        }
    }

    /** Inserts a day, an exercise and a set at the front, and moves a set; the statements of each. */
    private long[] edits(TestUser user, String planId, String exerciseId) {
        JsonPath plan = plans.get(user, planId);
        String dayId = plan.getString("days[0].id");
        String slotId = plan.getString("days[0].exercises[0].id");
        String setId = plan.getString("days[0].exercises[0].sets[0].id");
        return new long[]{
                statements(() -> api.as(user).body(Map.of("name", "New", "order_index", 1)).post(DAYS, planId)
                        .then().statusCode(201)),
                statements(() -> api.as(user).body(Map.of("exercise_id", exerciseId, "order_index", 1))
                        .post(EXERCISES, planId, dayId).then().statusCode(201)),
                statements(() -> api.as(user).body(Map.of("expected_reps", 5, "expected_weight", 50, "set_index", 1))
                        .post(SETS, planId, dayId, slotId).then().statusCode(201)),
                statements(() -> api.as(user).body(Map.of("set_index", 2)).put(SET, planId, dayId, slotId, setId)
                        .then().statusCode(200))};
    }

    @Test
    void deletingCostsAFewStatementsHoweverMuchGoesWithIt() {
        TestUser user = api.newUser();
        String small = plans.planOfSize(user, "Small", 1, 1, 1);
        String big = plans.planOfSize(user, "Big", 7, 30, 5);
        String bigDay = plans.get(user, big).getString("days[0].id");
        String cleared = plans.planOfSize(user, "Cleared", 7, 30, 5);
        api.as(user).get(PLAN, big).then().statusCode(200);

        long dayOfOneSet = statements(() -> api.as(user)
                .delete(PlanApi.DAY, small, plans.get(user, small).getString("days[0].id")).then().statusCode(204));
        long dayOf150Sets = statements(() -> api.as(user).delete(PlanApi.DAY, big, bigDay).then().statusCode(204));
        long compositeDropping1050Sets = statements(() -> api.as(user)
                .body(Map.of("name", "Cleared", "days", List.of())).post(COMPOSITE, cleared).then().statusCode(200));
        long smallPlan = statements(() -> api.as(user).delete(PLAN, small).then().statusCode(204));
        long planOf900Sets = statements(() -> api.as(user).delete(PLAN, big).then().statusCode(204));

        report("DELETE day (1 set / 150 sets)", dayOfOneSet, dayOf150Sets);
        report("DELETE plan (empty / 900 sets)", smallPlan, planOf900Sets);
        report("POST composite dropping 7 days, 1050 sets", compositeDropping1050Sets, compositeDropping1050Sets);
        assertThat(dayOf150Sets, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_AN_EDIT));
        assertThat(planOf900Sets, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_AN_EDIT));
        assertThat(compositeDropping1050Sets, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_AN_EDIT + 5));
    }

    @Test
    void resubmittingAWholeBigPlanUnchangedCostsAFewStatements() {
        TestUser user = api.newUser();
        String big = plans.planOfSize(user, "Big", 7, 8, 5);
        Map<String, Object> tree = plans.get(user, big).getMap("$");
        api.as(user).get(PLAN, big).then().statusCode(200);

        long count = statements(() -> api.as(user).body(tree).post(COMPOSITE, big).then().statusCode(200));

        report("POST composite, 7x8x5 unchanged", count, count);
        assertThat(count, lessThanOrEqualTo((long) MOST_STATEMENTS_FOR_AN_EDIT + 5));
    }

    private long statements(Runnable request) {
        return counter.count(request);
    }

    private static void report(String what, long[] small, long[] big) {
        System.out.printf("[statements] %s: small=%s big=%s%n", what, java.util.Arrays.toString(small),
                java.util.Arrays.toString(big));
    }

    private static void report(String what, long small, long big) {
        System.out.printf("[statements] %s: small=%d big=%d%n", what, small, big);
    }
}
