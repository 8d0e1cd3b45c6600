package dev.overload.planning.web;

import static dev.overload.planning.web.PlanApi.BENCH;
import static dev.overload.planning.web.PlanApi.EXERCISE;
import static dev.overload.planning.web.PlanApi.EXERCISES;
import static dev.overload.planning.web.PlanApi.SET;
import static dev.overload.planning.web.PlanApi.SETS;
import static dev.overload.planning.web.PlanApi.SQUAT;
import static dev.overload.planning.web.PlanApi.day;
import static dev.overload.planning.web.PlanApi.exercise;
import static dev.overload.planning.web.PlanApi.set;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many clients of one user editing one list at once: every request succeeds and the list stays dense
 * (positions exactly 1..n, no gaps, no duplicates), because edits of one plan take turns.
 */
@ApiTest
class PlanConcurrencyTests {

    private static final int CLIENTS = 10;
    private static final int OPERATIONS_PER_CLIENT = 5;
    /** Of each client's operations, these are inserts; the others are moves. */
    private static final int INSERTS_PER_CLIENT = 2;
    private static final int INITIAL = 5;

    @Autowired
    Api api;

    PlanApi plans;

    @BeforeEach
    void setUp() {
        plans = new PlanApi(api);
    }

    @Test
    void concurrentInsertsAndMovesOfExercisesKeepTheDayDenselyOrdered() throws Exception {
        TestUser user = api.newUser();
        String squat = plans.exercise(SQUAT);
        String bench = plans.exercise(BENCH);
        String planId = plans.createPlan(user, "Busy");
        JsonPath tree = plans.replace(user, planId, "Busy", List.of(day("Day",
                IntStream.range(0, INITIAL).mapToObj(i -> exercise(squat)).toList())));
        String dayId = tree.getString("days[0].id");
        List<String> initial = tree.getList("days[0].exercises.id");

        List<Integer> statuses = race((random, operation) -> {
            if (operation < INSERTS_PER_CLIENT) {
                return api.as(user)
                        .body(Map.of("exercise_id", bench, "order_index", 1 + random.nextInt(INITIAL + 1)))
                        .post(EXERCISES, planId, dayId);
            }
            return api.as(user)
                    .body(Map.of("order_index", 1 + random.nextInt(INITIAL)))
                    .put(EXERCISE, planId, dayId, initial.get(random.nextInt(INITIAL)));
        });

        assertThat(statuses, everyItem(lessThan(300)));
        JsonPath day = api.as(user).get(EXERCISES, planId, dayId).then().statusCode(200).extract().jsonPath();
        int expected = INITIAL + CLIENTS * INSERTS_PER_CLIENT;
        assertDense(day.getList("order_index"), expected);
        List<String> ids = day.getList("id");
        assertThat(new HashSet<>(ids).size(), equalTo(expected));
        assertThat(ids, hasItems(initial.toArray(String[]::new)));
    }

    @Test
    void concurrentInsertsAndMovesOfSetsKeepTheExerciseDenselyOrdered() throws Exception {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Busy");
        JsonPath tree = plans.replace(user, planId, "Busy", List.of(day("Day", exercise(plans.exercise(SQUAT),
                IntStream.rangeClosed(1, INITIAL).mapToObj(i -> set(i, 20)).toList()))));
        String dayId = tree.getString("days[0].id");
        String exerciseId = tree.getString("days[0].exercises[0].id");
        List<String> initial = tree.getList("days[0].exercises[0].sets.id");

        List<Integer> statuses = race((random, operation) -> {
            if (operation < INSERTS_PER_CLIENT) {
                return api.as(user)
                        .body(Map.of("expected_reps", 10, "expected_weight", 30,
                                "set_index", 1 + random.nextInt(INITIAL + 1)))
                        .post(SETS, planId, dayId, exerciseId);
            }
            return api.as(user)
                    .body(Map.of("set_index", 1 + random.nextInt(INITIAL)))
                    .put(SET, planId, dayId, exerciseId, initial.get(random.nextInt(INITIAL)));
        });

        assertThat(statuses, everyItem(lessThan(300)));
        JsonPath sets = api.as(user).get(SETS, planId, dayId, exerciseId).then().statusCode(200).extract().jsonPath();
        int expected = INITIAL + CLIENTS * INSERTS_PER_CLIENT;
        assertDense(sets.getList("set_index"), expected);
        assertThat(new HashSet<>(sets.getList("id")).size(), equalTo(expected));
        assertThat(sets.getList("id", String.class), hasItems(initial.toArray(String[]::new)));
    }

    @Test
    void concurrentInsertsOfDaysKeepThePlanDenselyOrdered() throws Exception {
        TestUser user = api.newUser();
        String planId = plans.createPlan(user, "Busy");
        List<Integer> statuses = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                results.add(clients.submit(() -> {
                    start.await();
                    return api.as(user).body(Map.of("name", "Day " + client, "order_index", 1))
                            .post(PlanApi.DAYS, planId).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(statuses, everyItem(equalTo(201)));
        JsonPath plan = plans.get(user, planId);
        assertDense(plan.getList("days.order_index"), CLIENTS);
        assertThat(plan.getList("days.name"), containsInAnyOrder(IntStream.range(0, CLIENTS)
                .mapToObj(c -> "Day " + c).toArray()));
    }

    /** One operation of a client: the {@code operation}-th of its {@link #OPERATIONS_PER_CLIENT}. */
    private interface Operation {
        Response run(Random random, int operation);
    }

    /**
     * Runs {@link #CLIENTS} clients at once, each doing its operations in a shuffled order, and answers
     * every status. Each client has its own seeded random, so a failure can be replayed.
     */
    private List<Integer> race(Operation operation) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(42 + c);
                List<Integer> order = new ArrayList<>(IntStream.range(0, OPERATIONS_PER_CLIENT).boxed().toList());
                java.util.Collections.shuffle(order, random);
                Callable<List<Integer>> client = () -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int op : order) {
                        Response response = operation.run(random, op);
                        statuses.add(response.statusCode());
                        if (response.statusCode() >= 300) {
                            failures.add(response.statusCode() + " " + response.asString());
                        }
                    }
                    return statuses;
                };
                results.add(clients.submit(client));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                statuses.addAll(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(List.copyOf(failures), empty());
            assertThat(statuses.size(), equalTo(CLIENTS * OPERATIONS_PER_CLIENT));
            return statuses;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertDense(List<Integer> positions, int count) {
        assertThat(positions, equalTo(IntStream.rangeClosed(1, count).boxed().toList()));
    }
}
