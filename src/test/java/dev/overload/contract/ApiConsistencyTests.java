package dev.overload.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** No silent drops, and the same rules on every list and every PUT (issue 12's consistency list). */
@ApiTest
class ApiConsistencyTests {

    private static final java.util.concurrent.atomic.AtomicInteger EXERCISES = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    Api api;

    @Test
    void anUnknownOrMisspeltFieldIs400NamingIt() {
        TestUser user = api.newUser();
        api.as(user).body(Map.of("name", "Plan", "descripton", "typo")).post("/api/training-plans").then()
                .statusCode(400).body("errors.field", hasItem("descripton"));
        String session = adHocSession(user);
        api.as(user).body(Map.of("exercise_id", exercise(user), "actaul_reps", 5))
                .post("/api/training-sessions/" + session + "/sets").then().statusCode(400)
                .body("errors.field", hasItem("actaul_reps"));
        api.as(user).body(Map.of("name", "Plan", "muscle_types", List.of("legs"), "exercises", List.of(),
                "colour", "red")).post("/api/workout-plans").then().statusCode(400)
                .body("success", equalTo(false));
    }

    @Test
    void aSetAddedToASessionMayCarryWhatWasDoneInTheSameRequest() {
        TestUser user = api.newUser();
        String session = adHocSession(user);
        api.as(user).body(Map.of("exercise_id", exercise(user), "expected_reps", 5, "expected_weight", 60,
                "actual_reps", 6, "actual_weight", 62.5, "rir", 2, "status", "COMPLETED"))
                .post("/api/training-sessions/" + session + "/sets").then().statusCode(201)
                .body("actual_reps", equalTo(6))
                .body("actual_weight", equalTo(62.5f))
                .body("rir", equalTo(2))
                .body("status", equalTo("COMPLETED"));
        api.as(user).body(Map.of("exercise_id", exercise(user), "rir", 11))
                .post("/api/training-sessions/" + session + "/sets").then().statusCode(400)
                .body("errors.field", hasItem("rir"));
    }

    @Test
    void aPlanReadCanBeSentBackToCompositeAsItIs() {
        TestUser user = api.newUser();
        String plan = api.as(user).body(Map.of("name", "Round trip")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
        String day = api.as(user).body(Map.of("name", "Day")).post("/api/training-plans/" + plan + "/days").then()
                .statusCode(201).extract().path("id");
        String slot = api.as(user).body(Map.of("exercise_id", exercise(user)))
                .post("/api/training-plans/" + plan + "/days/" + day + "/exercises").then().statusCode(201)
                .extract().path("id");
        api.as(user).body(Map.of("expected_reps", 5, "expected_weight", 80))
                .post("/api/training-plans/" + plan + "/days/" + day + "/exercises/" + slot + "/sets").then()
                .statusCode(201);
        String read = api.as(user).get("/api/training-plans/" + plan).then().statusCode(200).extract().asString();

        api.as(user).body(read).post("/api/training-plans/" + plan + "/composite").then().statusCode(200)
                .body("days[0].id", equalTo(day))
                .body("days[0].exercises[0].id", equalTo(slot))
                .body("days[0].exercises[0].sets[0].expected_reps", equalTo(5));
    }

    @Test
    void putOnPlansAndExercisesKeepsALeftOutName() {
        TestUser user = api.newUser();
        String plan = api.as(user).body(Map.of("name", "Named")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        api.as(user).body(Map.of("description", "only this")).put("/api/training-plans/" + plan).then()
                .statusCode(200).body("name", equalTo("Named")).body("description", equalTo("only this"));
        String exercise = exercise(user);
        api.as(user).body(Map.of("difficulty", "ADVANCED")).put("/api/exercises/" + exercise).then().statusCode(200)
                .body("name", startsWith("Consistency move")).body("difficulty", equalTo("ADVANCED"));
        api.as(user).body(Map.of("name", "  ")).put("/api/exercises/" + exercise).then().statusCode(400);
    }

    @Test
    void sortWorksOnTheListsThatDocumentItAndAnUnknownFieldIs400() {
        TestUser user = api.newUser();
        String plan = api.as(user).body(Map.of("name", "Sorted")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        for (String name : List.of("Beta", "Alpha", "Gamma")) {
            api.as(user).body(Map.of("name", name)).post("/api/training-plans/" + plan + "/days").then()
                    .statusCode(201);
        }
        api.as(user).queryParam("sort", "name").get("/api/training-plans/" + plan + "/days").then().statusCode(200)
                .body("name", contains("Alpha", "Beta", "Gamma"));
        api.as(user).queryParam("sort", "-order_index").get("/api/training-plans/" + plan + "/days").then()
                .statusCode(200).body("name", contains("Gamma", "Alpha", "Beta"));
        for (String path : List.of("/api/training-plans/" + plan + "/days", "/api/training-sessions",
                "/api/personal-records", "/api/exercises/" + exercise(user) + "/history")) {
            api.as(user).queryParam("sort", "no_such_field").get(path).then().statusCode(400)
                    .body("errors.field", hasItem("sort"));
        }
        api.as(user).body(Map.of("title", "B")).post("/api/training-sessions").then().statusCode(201);
        api.as(user).queryParam("sort", "title").get("/api/training-sessions").then().statusCode(200);
        api.as(user).queryParam("sort", "-value").get("/api/personal-records").then().statusCode(200);
    }

    @Test
    void everyMuscleGroupOfferedAsAFilterHasExercises() {
        TestUser user = api.newUser();
        JsonPath groups = api.as(user).get("/api/muscle-groups").then().statusCode(200).extract().jsonPath();
        List<String> filters = new java.util.ArrayList<>(groups.getList("slug", String.class));
        filters.addAll(groups.getList("name", String.class));
        assertThat(filters).contains("full_body", "Full Body");
        for (String filter : filters) {
            int found = Integer.parseInt(api.as(user).queryParam("muscle_group", filter).queryParam("limit", 1)
                    .get("/api/exercises").then().statusCode(200).extract().header("X-Total-Count"));
            assertThat(found).as("exercises for muscle group %s", filter).isPositive();
        }
    }

    @Test
    void theCalendarFeedFoldsLinesAt75Octets() {
        TestUser user = api.newUser();
        String longName = "Überlanger Trainingsplan für Kniebeugen, Kreuzheben und Bankdrücken – Woche 1 bis 12";
        String plan = api.as(user).body(Map.of("name", longName)).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        api.as(user).body(Map.of("plan_id", plan, "start_time", start.toString(), "end_time",
                start.plus(1, ChronoUnit.HOURS).toString())).post("/api/schedules").then().statusCode(201);
        String url = api.as(user).post("/api/users/me/calendar-token").then().statusCode(200).extract().path("url");
        String feed = api.anonymous().accept("text/calendar").get(url.substring(url.indexOf("/api/"))).then()
                .statusCode(200).extract().asString();

        assertThat(feed.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(feed.replace("\r\n ", "")).contains(longName.replace(",", "\\,"));
    }

    @Test
    void progressionOutcomesAreUpperCaseAsTheDocumentSays() {
        TestUser user = api.newUser();
        String plan = api.as(user).body(Map.of("name", "Preview")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
        String day = api.as(user).body(Map.of("name", "Day")).post("/api/training-plans/" + plan + "/days").then()
                .statusCode(201).extract().path("id");
        String exercise = exercise(user);
        String slot = api.as(user).body(Map.of("exercise_id", exercise))
                .post("/api/training-plans/" + plan + "/days/" + day + "/exercises").then().statusCode(201)
                .extract().path("id");
        api.as(user).body(Map.of("expected_reps", 5, "expected_weight", 80))
                .post("/api/training-plans/" + plan + "/days/" + day + "/exercises/" + slot + "/sets").then()
                .statusCode(201);
        JsonPath preview = api.as(user).body(Map.of("outcomes", List.of("SUCCESS", "FAILURE")))
                .post("/api/training-plans/" + plan + "/exercises/" + exercise + "/progression/preview").then()
                .statusCode(200).extract().jsonPath();
        assertThat(preview.getList("steps.outcome", String.class)).containsExactly("SUCCESS", "FAILURE");
    }

    private String adHocSession(TestUser user) {
        return api.as(user).body(Map.of("title", "Ad hoc")).post("/api/training-sessions").then().statusCode(201)
                .extract().path("id");
    }

    /** A new custom exercise of the user's, named "Consistency move N". */
    private String exercise(TestUser user) {
        return api.as(user).body(Map.of("name", "Consistency move " + EXERCISES.incrementAndGet()))
                .post("/api/exercises").then().statusCode(201).extract().path("id");
    }
}
