package dev.overload.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ETags on reads, 304 for If-None-Match, 412 for a stale If-Match; without the headers nothing changes. */
@ApiTest
class ConditionalRequestTests {

    @Autowired
    Api api;

    @Test
    void aPlanReadAnswersAnETagAndIfNoneMatchWithItIs304() {
        TestUser user = api.newUser();
        String plan = plan(user);
        String etag = api.as(user).get("/api/training-plans/" + plan).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");

        api.as(user).header("If-None-Match", etag).get("/api/training-plans/" + plan).then().statusCode(304);

        api.as(user).body(Map.of("description", "changed")).put("/api/training-plans/" + plan).then().statusCode(200);
        String after = api.as(user).header("If-None-Match", etag).get("/api/training-plans/" + plan).then()
                .statusCode(200).extract().header("ETag");
        assertThat(after).isNotEqualTo(etag);
    }

    @Test
    void aWriteWithTheCurrentETagSucceedsAndWithAStaleOneIs412AndChangesNothing() {
        TestUser user = api.newUser();
        String plan = plan(user);
        String first = etag(user, "/api/training-plans/" + plan);

        api.as(user).header("If-Match", first).body(Map.of("name", "Phone edit")).put("/api/training-plans/" + plan)
                .then().statusCode(200).body("name", equalTo("Phone edit"));

        api.as(user).header("If-Match", first).body(Map.of("name", "Laptop edit")).put("/api/training-plans/" + plan)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        api.as(user).get("/api/training-plans/" + plan).then().body("name", equalTo("Phone edit"));

        api.as(user).body(Map.of("name", "No precondition")).put("/api/training-plans/" + plan).then().statusCode(200);
    }

    @Test
    void aDayAndItsPartsCarryThePlansVersionSoAnyChangeInThePlanMakesThemStale() {
        TestUser user = api.newUser();
        String plan = plan(user);
        String day = api.as(user).body(Map.of("name", "Day A")).post("/api/training-plans/" + plan + "/days")
                .then().statusCode(201).extract().path("id");
        String dayTag = etag(user, "/api/training-plans/" + plan + "/days/" + day);
        api.as(user).body(Map.of("name", "Day B")).post("/api/training-plans/" + plan + "/days").then().statusCode(201);

        api.as(user).header("If-Match", dayTag).body(Map.of("name", "Renamed"))
                .put("/api/training-plans/" + plan + "/days/" + day).then().statusCode(412);
        api.as(user).header("If-Match", dayTag).delete("/api/training-plans/" + plan + "/days/" + day).then()
                .statusCode(412);
        api.as(user).header("If-Match", etag(user, "/api/training-plans/" + plan + "/days/" + day))
                .delete("/api/training-plans/" + plan + "/days/" + day).then().statusCode(204);
    }

    @Test
    void compositeHonoursIfMatch() {
        TestUser user = api.newUser();
        String plan = plan(user);
        String stale = etag(user, "/api/training-plans/" + plan);
        api.as(user).body(Map.of("name", "Moved on")).put("/api/training-plans/" + plan).then().statusCode(200);

        api.as(user).header("If-Match", stale).body(Map.of("name", "Whole", "days", List.of()))
                .post("/api/training-plans/" + plan + "/composite").then().statusCode(412);
        api.as(user).header("If-Match", etag(user, "/api/training-plans/" + plan))
                .body(Map.of("name", "Whole", "days", List.of()))
                .post("/api/training-plans/" + plan + "/composite").then().statusCode(200);
    }

    @Test
    void sessionsAndTheirSetsHaveETagsThatChangeWhenASetIsLogged() {
        TestUser user = api.newUser();
        String exercise = api.as(user).body(Map.of("name", "Conditional move")).post("/api/exercises").then()
                .statusCode(201).extract().path("id");
        String session = api.as(user).body(Map.of("title", "Tagged")).post("/api/training-sessions").then()
                .statusCode(201).extract().path("id");
        String set = api.as(user).body(Map.of("exercise_id", exercise, "expected_reps", 5, "expected_weight", 50))
                .post("/api/training-sessions/" + session + "/sets").then().statusCode(201).extract().path("id");
        String sessionTag = etag(user, "/api/training-sessions/" + session);
        String setTag = etag(user, "/api/training-sessions/" + session + "/sets/" + set);
        api.as(user).header("If-None-Match", setTag).get("/api/training-sessions/" + session + "/sets/" + set)
                .then().statusCode(304);

        api.as(user).header("If-Match", setTag).patch("/api/training-sessions/" + session + "/sets/" + set
                + "/complete").then().statusCode(200);

        api.as(user).header("If-Match", sessionTag).body(Map.of("title", "Stale"))
                .put("/api/training-sessions/" + session).then().statusCode(412);
        api.as(user).header("If-Match", setTag).patch("/api/training-sessions/" + session + "/sets/" + set
                + "/reset").then().statusCode(412);
        assertThat(etag(user, "/api/training-sessions/" + session)).isNotEqualTo(sessionTag);
    }

    @Test
    void exercisesAndSchedulesHonourIfMatch() {
        TestUser user = api.newUser();
        String exercise = api.as(user).body(Map.of("name", "Tagged move")).post("/api/exercises").then()
                .statusCode(201).extract().path("id");
        String exerciseTag = etag(user, "/api/exercises/" + exercise);
        api.as(user).header("If-Match", exerciseTag).body(Map.of("description", "first"))
                .put("/api/exercises/" + exercise).then().statusCode(200);
        api.as(user).header("If-Match", exerciseTag).body(Map.of("description", "second"))
                .put("/api/exercises/" + exercise).then().statusCode(412);
        api.as(user).header("If-Match", exerciseTag).delete("/api/exercises/" + exercise).then().statusCode(412);

        String plan = plan(user);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String schedule = api.as(user).body(Map.of("plan_id", plan, "start_time", start.toString(), "end_time",
                start.plus(1, ChronoUnit.HOURS).toString())).post("/api/schedules").then().statusCode(201)
                .extract().path("id");
        String scheduleTag = etag(user, "/api/schedules/" + schedule);
        api.as(user).header("If-None-Match", scheduleTag).get("/api/schedules/" + schedule).then().statusCode(304);
        Map<String, Object> moved = Map.of("plan_id", plan, "start_time", start.plus(1, ChronoUnit.DAYS).toString(),
                "end_time", start.plus(25, ChronoUnit.HOURS).toString());
        api.as(user).header("If-Match", scheduleTag).body(moved).put("/api/schedules/" + schedule).then()
                .statusCode(200);
        api.as(user).header("If-Match", scheduleTag).body(moved).put("/api/schedules/" + schedule).then()
                .statusCode(412);
        api.as(user).header("If-Match", scheduleTag).delete("/api/schedules/" + schedule).then().statusCode(412);
    }

    @Test
    void anETagShownInPoundsIsAnotherRepresentationThanInKilograms() {
        TestUser user = api.newUser();
        String plan = plan(user);
        String kilograms = etag(user, "/api/training-plans/" + plan);
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        Response pounds = api.as(user).header("If-None-Match", kilograms).get("/api/training-plans/" + plan);
        assertThat(pounds.statusCode()).isEqualTo(200);
        api.as(user).header("If-Match", pounds.header("ETag")).body(Map.of("name", "Still current"))
                .put("/api/training-plans/" + plan).then().statusCode(200);
    }

    private String plan(TestUser user) {
        return api.as(user).body(Map.of("name", "Conditional plan")).post("/api/training-plans").then()
                .statusCode(201).extract().path("id");
    }

    private String etag(TestUser user, String path) {
        return api.as(user).get(path).then().statusCode(200).extract().header("ETag");
    }
}
