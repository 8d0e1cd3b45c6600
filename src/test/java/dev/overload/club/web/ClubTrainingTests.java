package dev.overload.club.web;

import static dev.overload.club.web.ClubFixture.EXERCISE;
import static dev.overload.club.web.ClubFixture.EXERCISES;
import static dev.overload.club.web.ClubFixture.TRAINING;
import static dev.overload.club.web.ClubFixture.TRAININGS;
import static dev.overload.club.web.ClubFixture.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import dev.overload.club.web.ClubFixture.Member;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Club trainings and their exercises (seed 002's fields and defaults, dense ordering), who may read and write
 * them, and the one model: a training is the client's plan, a dated one is in their calendar, the client
 * trains it as a session, and the trainer sees planned against done.
 */
@ApiTest
class ClubTrainingTests {

    static final String SQUAT = "Barbell Back Squat";
    static final String BENCH = "Barbell Bench Press";
    static final String PUSH_UP = "Push-Up";

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    @Autowired
    StatementCounter statements;

    ClubFixture club;

    @BeforeEach
    void setUp() {
        club = new ClubFixture(api);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void aTrainingHasSeed002sFieldsAndDefaultsAndIsTheClientsPlan() {
        Member member = club.member();
        String id = club.training(member.trainer(), member.clientId(), Map.of("title", "Leg day"));

        api.as(member.trainer()).get(TRAINING, id).then().statusCode(200)
                .body("title", equalTo("Leg day")).body("training_type", equalTo("STRENGTH"))
                .body("duration_min", equalTo(45)).body("date", equalTo(null)).body("intensity", equalTo(null))
                .body("progress", equalTo("PLANNED")).body("exercises", hasSize(0))
                .body("created_by", equalTo(member.trainer().id().toString()));
        String planId = api.as(member.user()).get(TRAINING, id).then().statusCode(200).extract().path("plan_id");
        api.as(member.user()).get("/api/training-plans/{id}", planId).then().statusCode(200)
                .body("name", equalTo("Leg day")).body("days", hasSize(1));

        api.as(club.admin).body(Map.of("training_type", "yoga", "intensity", "HIGH", "duration_min", 60,
                "description", "Slow", "title", "Flow")).put(TRAINING, id).then().statusCode(200)
                .body("training_type", equalTo("YOGA")).body("intensity", equalTo("HIGH"))
                .body("duration_min", equalTo(60)).body("description", equalTo("Slow")).body("title", equalTo("Flow"));
        api.as(member.user()).get("/api/training-plans/{id}", planId).then().body("name", equalTo("Flow"));

        invalid(api.as(club.admin).body(Map.of("training_type", "BOXING")).put(TRAINING, id).then(),
                "training_type");
        invalid(api.as(club.admin).body(Map.of("title", "x".repeat(201))).put(TRAINING, id).then(), "title");
        invalid(api.as(club.admin).body(Map.of("duration_min", 0)).put(TRAINING, id).then(), "duration_min");
        invalid(api.as(club.admin).body(Map.of("intensity", "EXTREME")).put(TRAINING, id).then(), "intensity");
        invalid(api.as(club.admin).body(Map.of("duration_min", 30)).post(TRAININGS, member.clientId()).then(),
                "title");
    }

    @Test
    void eachRoleReadsAndWritesTrainingsAsItMay() {
        Member member = club.member();
        TestUser otherTrainer = club.trainer();
        TestUser stranger = api.newUser();
        String id = club.training(club.admin, member.clientId(), Map.of("title", "By the admin"));
        String exercise = api.systemExerciseId(SQUAT);

        for (TestUser reader : new TestUser[]{club.admin, member.trainer(), member.user()}) {
            api.as(reader).get(TRAINING, id).then().statusCode(200);
            api.as(reader).get(TRAININGS, member.clientId()).then().statusCode(200).body("id", hasItem(id));
            api.as(reader).get(EXERCISES, id).then().statusCode(200);
        }
        api.as(member.user()).body(Map.of("title", "Mine")).post(TRAININGS, member.clientId()).then()
                .statusCode(403);
        api.as(member.user()).body(Map.of("title", "Mine")).put(TRAINING, id).then().statusCode(403);
        api.as(member.user()).body(Map.of("exercise_id", exercise)).post(EXERCISES, id).then().statusCode(403);
        api.as(member.user()).delete(TRAINING, id).then().statusCode(403);
        for (TestUser outsider : new TestUser[]{otherTrainer, stranger}) {
            api.as(outsider).get(TRAINING, id).then().statusCode(404);
            api.as(outsider).get(TRAININGS, member.clientId()).then().statusCode(404);
            api.as(outsider).get(EXERCISES, id).then().statusCode(404);
            api.as(outsider).body(Map.of("title", "Theirs")).post(TRAININGS, member.clientId()).then()
                    .statusCode(404);
            api.as(outsider).body(Map.of("title", "Theirs")).put(TRAINING, id).then().statusCode(404);
            api.as(outsider).body(Map.of("exercise_id", exercise)).post(EXERCISES, id).then().statusCode(404);
            api.as(outsider).delete(TRAINING, id).then().statusCode(404);
        }
        api.as(member.trainer()).delete(TRAINING, id).then().statusCode(204);
        api.as(club.admin).get(TRAINING, id).then().statusCode(404);
    }

    @Test
    void exercisesTakeSeed002sDefaultsTheCatalogsFieldsAndDenseOrder() {
        Member member = club.member();
        TestUser trainer = member.trainer();
        String id = club.training(trainer, member.clientId(), Map.of("title", "Full body"));
        String squat = api.as(trainer).body(Map.of("exercise_id", api.systemExerciseId(SQUAT))).post(EXERCISES, id)
                .then().statusCode(201).body("sets", equalTo(3)).body("reps", equalTo(10))
                .body("rest_time_sec", equalTo(60)).body("extra_weight", equalTo(null))
                .body("order_in_training", equalTo(1)).body("title", equalTo(SQUAT))
                .body("muscle_group", equalTo("LEGS")).body("equipment_required", equalTo(true))
                .body("complexity_lvl", notNullValue()).extract().path("id");
        String pushUp = api.as(trainer).body(Map.of("exercise_id", api.systemExerciseId(PUSH_UP)))
                .post(EXERCISES, id).then().statusCode(201).body("order_in_training", equalTo(2))
                .body("equipment_required", equalTo(false)).extract().path("id");
        String bench = api.as(trainer).body(Map.of("exercise_id", api.systemExerciseId(BENCH), "order_in_training",
                1, "sets", 5, "reps", 5, "rest_time_sec", 120, "extra_weight", 62.5)).post(EXERCISES, id).then()
                .statusCode(201).body("muscle_group", equalTo("CHEST")).body("extra_weight", equalTo(62.5f))
                .extract().path("id");

        api.as(member.user()).get(EXERCISES, id).then().statusCode(200).body("id", contains(bench, squat, pushUp))
                .body("order_in_training", contains(1, 2, 3));
        api.as(trainer).body(Map.of("order_in_training", 1, "reps", 8)).put(EXERCISE, id, pushUp).then()
                .statusCode(200).body("order_in_training", equalTo(1)).body("reps", equalTo(8))
                .body("sets", equalTo(3));
        api.as(trainer).delete(EXERCISE, id, bench).then().statusCode(204);
        api.as(trainer).get(EXERCISES, id).then().body("id", contains(pushUp, squat))
                .body("order_in_training", contains(1, 2));
        api.as(trainer).get(EXERCISE, id, bench).then().statusCode(404);

        invalid(api.as(trainer).body(Map.of("exercise_id", api.systemExerciseId(SQUAT), "order_in_training", 4))
                .post(EXERCISES, id).then(), "order_in_training");
        invalid(api.as(trainer).body(Map.of("exercise_id", "01900000-0000-7000-8000-000000000000"))
                .post(EXERCISES, id).then(), "exercise_id");
        invalid(api.as(trainer).body(Map.of("sets", 2)).post(EXERCISES, id).then(), "exercise_id");
        invalid(api.as(trainer).body(Map.of("sets", 0)).put(EXERCISE, id, squat).then(), "sets");
        invalid(api.as(trainer).body(Map.of("extra_weight", -1)).put(EXERCISE, id, squat).then(), "extra_weight");
        invalid(api.as(trainer).body(Map.of("rest_time_sec", 3601)).put(EXERCISE, id, squat).then(),
                "rest_time_sec");
    }

    @Test
    void aDatedTrainingIsInTheClientsCalendarTrainedAsASessionAndSeenDone() {
        Member member = club.member();
        TestUser client = member.user();
        LocalDate tomorrow = today().plusDays(1);
        String id = club.training(member.trainer(), member.clientId(), Map.of("title", "Tuesday strength",
                "date", tomorrow.toString(), "duration_min", 50));
        api.as(member.trainer()).body(Map.of("exercise_id", api.systemExerciseId(SQUAT), "sets", 2, "reps", 5,
                "extra_weight", 80)).post(EXERCISES, id).then().statusCode(201);
        String scheduleId = api.as(member.trainer()).get(TRAINING, id).then().statusCode(200)
                .body("progress", equalTo("PLANNED")).extract().path("schedule_id");
        assertThat(scheduleId).isNotNull();

        api.as(client).get("/api/workouts/upcoming").then().statusCode(200)
                .body("schedule_id", contains(scheduleId))
                .body("start_time", contains(tomorrow + "T18:00:00Z"))
                .body("end_time", contains(tomorrow + "T18:50:00Z"));
        String token = api.as(client).post("/api/users/me/calendar-token").then().statusCode(200).extract()
                .path("token");
        api.anonymous().accept("text/calendar").queryParam("token", token).get("/api/calendar.ics").then()
                .statusCode(200).body(containsString("Tuesday strength"));

        var session = api.as(client).body(Map.of("schedule_id", scheduleId)).post("/api/training-sessions").then()
                .statusCode(201).body("sets", hasSize(2)).body("sets[0].expected_reps", equalTo(5))
                .body("sets[0].expected_weight", equalTo(80)).extract().jsonPath();
        String sessionId = session.getString("id");
        api.as(member.trainer()).get(TRAINING, id).then().body("progress", equalTo("STARTED"))
                .body("sessions[0].session_id", equalTo(sessionId));
        for (String setId : session.getList("sets.id", String.class)) {
            api.as(client).patch("/api/training-sessions/{s}/sets/{set}/complete", sessionId, setId).then()
                    .statusCode(200);
        }
        api.as(client).post("/api/training-sessions/{s}/complete", sessionId).then().statusCode(200);

        api.as(member.trainer()).get(TRAINING, id).then().statusCode(200).body("progress", equalTo("DONE"))
                .body("sessions.status", contains("COMPLETED"));
        api.as(member.trainer()).get(TRAININGS, member.clientId()).then().body("progress", contains("DONE"));
    }

    @Test
    void aDateMovesTheWorkoutAndClearingItTakesItOut() {
        Member member = club.member();
        String id = club.training(club.admin, member.clientId(), Map.of("title", "Moving", "date",
                today().plusDays(2).toString()));
        api.as(club.admin).body(Map.of("date", today().plusDays(3).toString())).put(TRAINING, id).then()
                .statusCode(200);
        api.as(member.user()).get("/api/workouts/upcoming").then()
                .body("start_time", contains(today().plusDays(3) + "T18:00:00Z"));

        Map<String, Object> clear = new HashMap<>();
        clear.put("date", null);
        api.as(club.admin).body(clear).put(TRAINING, id).then().statusCode(200).body("date", equalTo(null))
                .body("schedule_id", equalTo(null));
        api.as(member.user()).get("/api/workouts/upcoming").then().body("$", hasSize(0));

        String past = club.training(club.admin, member.clientId(), Map.of("title", "Missed", "date",
                today().minusDays(3).toString()));
        api.as(club.admin).get(TRAINING, past).then().body("progress", equalTo("MISSED"));
        invalid(api.as(club.admin).body(Map.of("date", "1999-12-31")).put(TRAINING, id).then(), "date");
    }

    @Test
    void aListOfTrainingsCostsTheSameStatementsForAnyCount() {
        Member member = club.member();
        for (int i = 0; i < 2; i++) {
            club.training(club.admin, member.clientId(), Map.of("title", "T" + i));
        }
        // Each count follows a warm-up read, so what the service loads once is not counted; what is: the account
        // read every authenticated request makes (issue 11), and the list's own reads.
        api.as(member.trainer()).get(TRAININGS, member.clientId()).then().statusCode(200);
        long few = statements.count(() -> api.as(member.trainer()).get(TRAININGS, member.clientId()).then()
                .statusCode(200).body("$", hasSize(2)));
        for (int i = 0; i < 6; i++) {
            club.training(club.admin, member.clientId(), Map.of("title", "More" + i, "date",
                    today().plusDays(i).toString()));
        }
        api.as(member.trainer()).get(TRAININGS, member.clientId()).then().statusCode(200);
        long many = statements.count(() -> api.as(member.trainer()).get(TRAININGS, member.clientId()).then()
                .statusCode(200).body("$", hasSize(8)));
        assertThat(many).isEqualTo(few).isEqualTo(5);
        String id = club.training(club.admin, member.clientId(), Map.of("title", "Detailed"));
        for (String name : List.of(SQUAT, BENCH, PUSH_UP)) {
            api.as(club.admin).body(Map.of("exercise_id", api.systemExerciseId(name))).post(EXERCISES, id).then()
                    .statusCode(201);
        }
        api.as(member.trainer()).get(TRAINING, id).then().statusCode(200);
        assertThat(statements.count(() -> api.as(member.trainer()).get(TRAINING, id).then().statusCode(200)))
                .isLessThanOrEqualTo(12);
    }
}
