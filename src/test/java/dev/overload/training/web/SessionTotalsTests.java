package dev.overload.training.web;

import static dev.overload.training.web.TrainingFixture.BENCH_PRESS;
import static dev.overload.training.web.TrainingFixture.SESSION;
import static dev.overload.training.web.TrainingFixture.SET;
import static dev.overload.training.web.TrainingFixture.SETS;
import static dev.overload.training.web.TrainingFixture.SQUAT;
import static dev.overload.training.web.TrainingFixture.decimals;
import static dev.overload.training.web.TrainingFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.SessionTotalsCheck;
import dev.overload.TestClock;
import dev.overload.TestUser;
import dev.overload.training.web.TrainingFixture.Plan;
import dev.overload.training.web.TrainingFixture.Slot;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The totals a completed session keeps (issue 18) against its sets: after every write a session or its sets can
 * take, the dashboard's weekly volume, hard sets per muscle group and estimated-1RM trend and the training summary
 * say what the sets say, counted from them in SQL as the statistics did before the totals
 * (docs/decisions/session-totals.md, docs/decisions/session-exercise-totals.md).
 */
@ApiTest
class SessionTotalsTests {

    /** What the user's completed sets say, counted from the sets: everything here happens this week. */
    private static final String FROM_THE_SETS = """
            select (select count(*) from training_sessions where user_id = :user and status = 'COMPLETED') as sessions,
                   count(ss.id) as sets, coalesce(sum(ss.actual_reps * coalesce(ss.actual_weight, 0)), 0) as volume,
                   round(avg(ss.rir), 1) as rir
            from training_sessions s join session_sets ss on ss.training_session_id = s.id
            where s.user_id = :user and s.status = 'COMPLETED' and ss.status = 'COMPLETED'""";

    /**
     * The hard sets per muscle group the user's completed sets say, as the statistics counted them before the totals
     * per exercise: a completed set with a RIR of at most 3 or none, one for the exercise's main muscle group and a
     * half for each other one.
     */
    private static final String HARD_SETS_FROM_THE_SETS = """
            with hard as (
                select se.exercise_id, count(*) as sets
                from training_sessions s join session_sets ss on ss.training_session_id = s.id
                join session_exercises se on se.id = ss.session_exercise_id
                where s.user_id = :user and s.status = 'COMPLETED' and ss.status = 'COMPLETED'
                  and (ss.rir is null or ss.rir <= 3)
                group by se.exercise_id),
            muscles as (
                select m.slug, h.sets::numeric as sets from hard h join exercises e on e.id = h.exercise_id
                join muscle_groups m on m.id = e.primary_muscle_group_id
                union all
                select m.slug, h.sets * 0.5 from hard h join exercise_secondary_muscles x on x.exercise_id = h.exercise_id
                join muscle_groups m on m.id = x.muscle_group_id)
            select slug, sum(sets) from muscles group by slug""";

    /**
     * The best estimated 1RM (Epley, to 3 decimals) of each completed session's sets of an exercise, by day (UTC, the
     * user's zone) and sessions of a day in the order they were made, in kilograms to 2 decimals as the dashboard
     * shows them.
     */
    private static final String E1RMS_FROM_THE_SETS = """
            select round(max(case when ss.actual_reps = 1 then ss.actual_weight
                                  else round(ss.actual_weight * (1 + ss.actual_reps / 30.0), 3) end), 2)
            from training_sessions s join session_sets ss on ss.training_session_id = s.id
            join session_exercises se on se.id = ss.session_exercise_id
            where s.user_id = :user and s.status = 'COMPLETED' and ss.status = 'COMPLETED'
              and se.exercise_id = :exercise and ss.actual_reps > 0 and ss.actual_weight > 0
            group by s.id, s.session_date order by (s.session_date at time zone 'UTC')::date, s.id""";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    /** Stopped for the test, so that everything happens in one week even when it runs across a Sunday midnight. */
    @Autowired
    TestClock clock;

    private TrainingFixture training;

    @Autowired
    void fixture(Api api) {
        training = new TrainingFixture(api);
    }

    private record Totals(int sessions, int sets, BigDecimal volume, BigDecimal rir) {
    }

    @BeforeEach
    void stopTheClock() {
        clock.freeze();
    }

    @AfterEach
    void restartTheClock() {
        clock.reset();
    }

    @Test
    void volumeAndTheSummarySayWhatTheSetsSayAfterEveryWrite() {
        TestUser user = api.newUser();
        Plan plan = training.plan(user, new Slot(training.exerciseId(SQUAT), 3, 5, "100"),
                new Slot(training.exerciseId(BENCH_PRESS), 2, 8, "60"));
        String session = training.start(user, plan);
        List<String> sets = training.setIds(user, session);
        api.as(user).body(Map.of("widget_type", "E1RM_TREND", "settings", Map.of("exercise_id",
                training.exerciseId(SQUAT)))).post("/api/dashboard/widgets").then().statusCode(201);

        // logged sets of a session in progress count nothing yet
        training.completeSet(user, session, sets.get(0));
        training.putSet(user, session, sets.get(1), Map.of("actual_reps", 4, "actual_weight", 102.5, "rir", 1))
                .statusCode(200);
        training.completeSet(user, session, sets.get(1));
        training.failSet(user, session, sets.get(2), 3);
        training.putSet(user, session, sets.get(3), Map.of("rir", 2, "status", "COMPLETED")).statusCode(200);
        training.putSet(user, session, sets.get(4), Map.of("status", "SKIPPED")).statusCode(200);
        String added = api.as(user).body(Map.of("training_plan_exercise_id", plan.slotIds().get(1), "actual_reps", 10,
                "actual_weight", 50, "rir", 4, "status", "COMPLETED")).post(SETS, session).then().statusCode(201)
                .extract().path("id");
        assertAgree(user, new Totals(0, 0, BigDecimal.ZERO, null));

        // completing: 5 × 100 + 4 × 102.5 + 8 × 60 + 10 × 50
        training.complete(user, session).statusCode(200);
        assertAgree(user, new Totals(1, 4, new BigDecimal("1890"), new BigDecimal("2.3")));

        // a completed session's sets no longer change, and completing again counts nothing twice
        problem(training.putSet(user, session, sets.get(0), Map.of("actual_reps", 8)), 409);
        problem(training.putSet(user, session, sets.get(4), Map.of("status", "COMPLETED")), 409);
        problem(training.putSet(user, session, sets.get(0), Map.of("status", "SKIPPED")), 409);
        problem(api.as(user).patch(SET + "/complete", session, sets.get(2)).then(), 409);
        problem(api.as(user).queryParam("reps", 0).patch(SET + "/fail", session, sets.get(0)).then(), 409);
        problem(api.as(user).patch(SET + "/reset", session, added).then(), 409);
        problem(api.as(user).delete(SET, session, added).then(), 409);
        problem(api.as(user).body(Map.of("training_plan_exercise_id", plan.slotId(), "actual_reps", 5,
                "actual_weight", 100, "status", "COMPLETED")).post(SETS, session).then(), 409);
        problem(api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, session).then(), 409);
        api.as(user).body(Map.of("title", "Renamed")).put(SESSION, session).then().statusCode(200);
        training.complete(user, session).statusCode(200);
        assertAgree(user, new Totals(1, 4, new BigDecimal("1890"), new BigDecimal("2.3")));

        // a whole workout logged at once: completed, failed and skipped sets, with and without RIR
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        String logged = api.as(user).body(Map.of("session_date", today,
                "exercises", List.of(Map.of("exercise_id", training.exerciseId(SQUAT), "sets", List.of(
                        Map.of("reps", 5, "weight", 120.25, "rir", 0),
                        Map.of("reps", 3, "weight", 120.25, "status", "FAILED"),
                        Map.of("reps", 12),
                        Map.of("status", "SKIPPED"))))))
                .post("/api/training-sessions/logged").then().statusCode(201).extract().path("id");
        assertAgree(user, new Totals(2, 6, new BigDecimal("2491.25"), new BigDecimal("1.8")));

        // a session started and cancelled counts nothing
        String cancelled = training.start(user, plan);
        training.completeSet(user, cancelled, training.setIds(user, cancelled).getFirst());
        api.as(user).body(Map.of("status", "CANCELLED")).put(SESSION, cancelled).then().statusCode(200);
        assertAgree(user, new Totals(2, 6, new BigDecimal("2491.25"), new BigDecimal("1.8")));

        api.as(user).delete(SESSION, session).then().statusCode(204);
        assertAgree(user, new Totals(1, 2, new BigDecimal("601.25"), BigDecimal.ZERO));
        api.as(user).delete(SESSION, logged).then().statusCode(204);
        assertAgree(user, new Totals(0, 0, BigDecimal.ZERO, null));
    }

    /**
     * The sets say {@code expected}; each completed session's totals, and those of its exercises, are its sets', and
     * this week's volume, hard sets and the squat's estimated 1RMs on the dashboard and the summary of the last 12
     * weeks are theirs.
     */
    private void assertAgree(TestUser user, Totals expected) {
        Totals fromSets = jdbc.sql(FROM_THE_SETS).param("user", user.id())
                .query((rs, n) -> new Totals(rs.getInt("sessions"), rs.getInt("sets"), rs.getBigDecimal("volume"),
                        rs.getBigDecimal("rir")))
                .single();
        assertThat(fromSets).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
        assertThat(SessionTotalsCheck.wrongTotals(jdbc, "^" + user.username() + "$")).isZero();

        JsonPath week = decimals(api.as(user).get("/api/dashboard").then().statusCode(200));
        String thisWeek = "widgets.find { it.widget_type == 'WEEKLY_VOLUME' }.data.weeks[-1]";
        assertThat(week.getInt(thisWeek + ".sets")).isEqualTo(expected.sets());
        assertThat(week.getObject(thisWeek + ".volume", BigDecimal.class)).isEqualByComparingTo(expected.volume());

        Map<String, BigDecimal> hardSets = new TreeMap<>();
        jdbc.sql(HARD_SETS_FROM_THE_SETS).param("user", user.id())
                .query(rs -> {
                    hardSets.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                });
        assertThat(hardSets.isEmpty()).isEqualTo(expected.sets() == 0);
        Map<String, BigDecimal> shownHardSets = new TreeMap<>();
        week.getList("widgets.find { it.widget_type == 'MUSCLE_SETS' }.data.muscle_groups", Map.class)
                .forEach(muscle -> shownHardSets.put((String) muscle.get("muscle_group"),
                        new BigDecimal(muscle.get("hard_sets").toString()).stripTrailingZeros()));
        assertThat(shownHardSets).isEqualTo(hardSets);

        List<BigDecimal> e1rms = jdbc.sql(E1RMS_FROM_THE_SETS).param("user", user.id())
                .param("exercise", UUID.fromString(training.exerciseId(SQUAT)))
                .query((rs, n) -> rs.getBigDecimal(1).stripTrailingZeros()).list();
        assertThat(week.getList("widgets.find { it.widget_type == 'E1RM_TREND' }.data.points.estimated_one_rep_max")
                .stream().map(point -> new BigDecimal(point.toString()).stripTrailingZeros()).toList())
                .isEqualTo(e1rms);

        JsonPath summary = decimals(api.as(user).get("/api/stats/summary").then().statusCode(200));
        assertThat(summary.getInt("sessions")).isEqualTo(expected.sessions());
        assertThat(summary.getInt("sets")).isEqualTo(expected.sets());
        assertThat(summary.getObject("volume", BigDecimal.class)).isEqualByComparingTo(expected.volume());
        BigDecimal averageRir = summary.getObject("average_rir", BigDecimal.class);
        if (expected.rir() == null) {
            assertThat(averageRir).isNull();
        } else {
            assertThat(averageRir).isEqualByComparingTo(expected.rir());
        }
    }
}
