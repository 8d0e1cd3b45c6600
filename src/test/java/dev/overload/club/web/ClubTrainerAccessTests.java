package dev.overload.club.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.club.web.ClubFixture.Member;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trainers act for their clients through the same API (header Act-As-User): the trainer twin of every
 * cross-user test. On each user-owned resource the assigned trainer reads and writes the client's data as the
 * client; an unassigned trainer, a trainer whose grant the client revoked and a plain user get 404, as for any
 * data of someone else. Writes made this way are in the client's access log, with who made them.
 */
@ApiTest
class ClubTrainerAccessTests {

    private static final String ACT_AS = "Act-As-User";

    @Autowired
    Api api;

    ClubFixture club;

    @BeforeEach
    void setUp() {
        club = new ClubFixture(api);
    }

    /**
     * A user-owned resource: what the owner makes first (an id, or nothing), a read and a write of it as a
     * request would make them, and the status the write answers.
     */
    record Resource(String name, BiFunction<Api, TestUser, String> make,
            BiFunction<RequestSpecification, String, Response> read,
            @Nullable BiFunction<RequestSpecification, String, Response> write, int writeStatus) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static String plan(Api api, TestUser owner) {
        return api.as(owner).body(Map.of("name", "Owner's plan")).post("/api/training-plans").then().statusCode(201)
                .extract().path("id");
    }

    private static String yesterday() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    }

    static Stream<Resource> resources() {
        BiFunction<Api, TestUser, String> none = (api, owner) -> "";
        return Stream.of(
                new Resource("training plans", ClubTrainerAccessTests::plan,
                        (r, id) -> r.get("/api/training-plans/{id}", id),
                        (r, id) -> r.body(Map.of("name", "Renamed")).put("/api/training-plans/{id}", id), 200),
                new Resource("plan days", ClubTrainerAccessTests::plan,
                        (r, id) -> r.get("/api/training-plans/{id}/days", id),
                        (r, id) -> r.body(Map.of("name", "Day B")).post("/api/training-plans/{id}/days", id), 201),
                new Resource("workout plans", ClubTrainerAccessTests::plan,
                        (r, id) -> r.get("/api/workout-plans/{id}", id),
                        (r, id) -> r.body(Map.of("name", "Renamed")).put("/api/workout-plans/{id}", id), 200),
                new Resource("progression rules", (api, owner) -> {
                    String path = plan(api, owner) + "/exercises/" + api.systemExerciseId("Barbell Back Squat");
                    api.as(owner).body(Map.of("weight_increment", 2.5))
                            .put("/api/training-plans/" + path + "/progression").then().statusCode(201);
                    return path;
                }, (r, path) -> r.get("/api/training-plans/" + path + "/progression"),
                        (r, path) -> r.body(Map.of("weight_increment", 5))
                                .put("/api/training-plans/" + path + "/progression"),
                        200),
                new Resource("training sessions", (api, owner) -> api.as(owner).body(Map.of("title", "Ad hoc"))
                        .post("/api/training-sessions").then().statusCode(201).extract().path("id"),
                        (r, id) -> r.get("/api/training-sessions/{id}", id),
                        (r, id) -> r.body(Map.of("comments", "Well done")).put("/api/training-sessions/{id}", id),
                        200),
                new Resource("session sets", (api, owner) -> api.as(owner).body(Map.of("title", "Ad hoc"))
                        .post("/api/training-sessions").then().statusCode(201).extract().path("id") + "/"
                        + api.systemExerciseId("Barbell Back Squat"),
                        (r, path) -> r.get("/api/training-sessions/" + path.split("/")[0] + "/results"),
                        (r, path) -> r.body(Map.of("exercise_id", path.split("/")[1], "expected_reps", 5,
                                "expected_weight", 50)).post("/api/training-sessions/" + path.split("/")[0] + "/sets"),
                        201),
                new Resource("logged workouts", (api, owner) -> api.systemExerciseId("Barbell Back Squat"),
                        (r, ignored) -> r.get("/api/training-sessions"),
                        (r, squat) -> r.body(Map.of("session_date", yesterday(), "exercises", List.of(Map.of(
                                "exercise_id", squat, "sets", List.of(Map.of("reps", 5, "weight", 100))))))
                                .post("/api/training-sessions/logged"),
                        201),
                new Resource("personal records", none,
                        (r, ignored) -> r.get("/api/personal-records"),
                        null, 0),
                new Resource("statistics", none, (r, ignored) -> r.get("/api/stats/summary"), null, 0),
                new Resource("schedules", (api, owner) -> {
                    String planId = plan(api, owner);
                    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
                    return api.as(owner).body(Map.of("plan_id", planId, "start_time", start.toString(), "end_time",
                            start.plus(Duration.ofHours(1)).toString())).post("/api/schedules").then().statusCode(201)
                            .extract().path("id");
                }, (r, id) -> r.get("/api/schedules/{id}", id), (r, id) -> r.delete("/api/schedules/{id}", id), 204),
                new Resource("upcoming workouts and the calendar feed", none,
                        (r, ignored) -> r.get("/api/workouts/upcoming"),
                        (r, ignored) -> r.post("/api/users/me/calendar-token"), 200),
                new Resource("notifications", none, (r, ignored) -> r.get("/api/notifications"), null, 0),
                new Resource("daily metrics", (api, owner) -> {
                    api.as(owner).body(Map.of("steps", 1000)).put("/api/daily-metrics/{d}", yesterday()).then()
                            .statusCode(200);
                    return yesterday();
                }, (r, date) -> r.get("/api/daily-metrics/{d}", date),
                        (r, date) -> r.body(Map.of("steps", 12000)).put("/api/daily-metrics/{d}", date), 200),
                new Resource("custom exercises", (api, owner) -> api.as(owner).body(Map.of("name", "Owner's lift "
                        + ClubFixture.tag())).post("/api/exercises").then().statusCode(201).extract().path("id"),
                        (r, id) -> r.get("/api/exercises/{id}", id),
                        (r, id) -> r.body(Map.of("description", "Slowly")).put("/api/exercises/{id}", id), 200),
                new Resource("dashboard", none, (r, ignored) -> r.get("/api/dashboard"),
                        (r, ignored) -> r.body(Map.of("default_view", "PLANS")).put("/api/dashboard/preferences"),
                        200),
                new Resource("insights", none, (r, ignored) -> r.get("/api/insights"),
                        (r, ignored) -> r.post("/api/insights/recompute"), 202),
                new Resource("user profile", (api, owner) -> owner.id().toString(),
                        (r, id) -> r.get("/api/user-profiles/{id}", id),
                        (r, id) -> r.body(Map.of("first_name", "Ada")).put("/api/user-profiles/{id}", id), 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void theAssignedTrainerActsForTheClientAndNoOneElseDoes(Resource resource) {
        Member member = club.member();
        TestUser owner = member.user();
        String id = resource.make().apply(api, owner);
        TestUser unassigned = club.trainer();
        TestUser revoked = club.trainer();
        api.as(owner).body(Map.of("trainer_id", revoked.id())).post("/api/users/me/access-grants").then()
                .statusCode(201);
        api.as(revoked).header(ACT_AS, owner.id()).get("/api/stats/summary").then().statusCode(200);
        api.as(owner).delete("/api/users/me/access-grants/{id}", revoked.id()).then().statusCode(204);
        TestUser plainUser = api.newUser();

        for (TestUser outsider : List.of(unassigned, revoked, plainUser)) {
            resource.read().apply(api.as(outsider).header(ACT_AS, owner.id()), id).then().statusCode(404);
            if (resource.write() != null) {
                resource.write().apply(api.as(outsider).header(ACT_AS, owner.id()), id).then().statusCode(404);
            }
        }
        resource.read().apply(api.as(member.trainer()).header(ACT_AS, owner.id()), id).then().statusCode(200);
        if (resource.write() != null) {
            resource.write().apply(api.as(member.trainer()).header(ACT_AS, owner.id()), id).then()
                    .statusCode(resource.writeStatus());
        }
    }

    @Test
    void writesMadeForTheClientAreLoggedWithWhoMadeThem() {
        Member member = club.member();
        String planId = api.as(member.trainer()).header(ACT_AS, member.user().id())
                .body(Map.of("name", "Made by my trainer")).post("/api/training-plans").then().statusCode(201)
                .body("user_id", equalTo(member.user().id().toString())).extract().path("id");
        api.as(member.user()).get("/api/training-plans/{id}", planId).then().statusCode(200);
        api.as(member.trainer()).header(ACT_AS, member.user().id()).get("/api/training-plans").then()
                .statusCode(200);
        api.as(member.trainer()).header(ACT_AS, member.user().id()).delete("/api/training-plans/{id}", planId)
                .then().statusCode(204);

        api.as(member.user()).get("/api/users/me/access-log").then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("method", contains("DELETE", "POST"))
                .body("path", contains("/api/training-plans/" + planId, "/api/training-plans"))
                .body("acted_by", contains(member.trainer().id().toString(), member.trainer().id().toString()))
                .body("acted_by_username", contains(member.trainer().username(), member.trainer().username()))
                .body("status", contains(204, 201));
        api.as(member.trainer()).get("/api/users/me/access-log").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void clientsGrantAndRevokeTrainersThemselves() {
        TestUser client = api.newUser();
        TestUser trainer = club.trainer();
        TestUser notATrainer = api.newUser();

        api.as(client).get("/api/users/me/access-grants").then().statusCode(200).body("$", hasSize(0));
        api.as(client).body(Map.of("trainer_id", notATrainer.id())).post("/api/users/me/access-grants").then()
                .statusCode(400).body("errors.field", contains("trainer_id"));
        api.as(client).body(Map.of("trainer_id", client.id())).post("/api/users/me/access-grants").then()
                .statusCode(400);
        api.as(client).body(Map.of("trainer_id", trainer.id())).post("/api/users/me/access-grants").then()
                .statusCode(201).body("trainer_id", equalTo(trainer.id().toString()))
                .body("role", equalTo("TRAINER"));
        api.as(client).body(Map.of("trainer_id", trainer.id())).post("/api/users/me/access-grants").then()
                .statusCode(201);
        api.as(client).get("/api/users/me/access-grants").then().body("username", contains(trainer.username()));

        api.as(trainer).header(ACT_AS, client.id()).get("/api/daily-metrics").then().statusCode(200);
        api.as(client).delete("/api/users/me/access-grants/{id}", trainer.id()).then().statusCode(204);
        api.as(client).delete("/api/users/me/access-grants/{id}", trainer.id()).then().statusCode(404);
        api.as(trainer).header(ACT_AS, client.id()).get("/api/daily-metrics").then().statusCode(404);
    }

    @Test
    void theAccountItselfIsNeverActedFor() {
        Member member = club.member();
        for (String path : List.of("/api/users/me", "/api/users/me/access-grants", "/api/users/me/access-log")) {
            api.as(member.trainer()).header(ACT_AS, member.user().id()).get(path).then().statusCode(400)
                    .body("errors.field", contains(ACT_AS));
        }
        api.as(member.trainer()).header(ACT_AS, member.user().id()).delete("/api/users/me").then().statusCode(400);
        api.as(member.user()).get("/api/users/me").then().statusCode(200);
        api.as(member.trainer()).header(ACT_AS, member.user().id()).get("/api/club/clients").then()
                .statusCode(400);
    }

    @Test
    void aClosedAccountIsActedForNoMore() {
        Member member = club.member();
        api.as(member.user()).delete("/api/users/me").then().statusCode(204);
        api.as(member.trainer()).header(ACT_AS, member.user().id()).get("/api/training-plans").then()
                .statusCode(404);
    }
}
