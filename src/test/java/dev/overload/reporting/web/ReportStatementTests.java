package dev.overload.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import dev.overload.jobs.RunningJob;
import dev.overload.reporting.domain.ReportGeneration;
import dev.overload.reporting.web.ReportFixture.Lift;
import dev.overload.reporting.web.ReportFixture.Slot;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's work costs the same number of SQL statements whatever the data: a user with one session and a user
 * with twelve weeks of sessions, records and body weights get each report from as many statements. Counted on the
 * test's thread, by running a report's work the way its job does (without the job's own bookkeeping).
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportStatementTests {

    /**
     * A report's work: its row; the reads — the user's name; per period of the two, the weeks, the summary (1) and
     * the scheduled workouts due (1, and 1 more with schedules); the period's exercises with their muscles (3), the
     * hard sets per muscle group (1, and 1 for the exercises' muscles), the main lifts' estimated 1RM, the records
     * (2), the wellness days, the insights; then recording its file.
     */
    static final long PROGRESS = 19;
    /** Its row, the user, the sessions with their sets and exercise names (2), recording the file (and 1 more for
     * the names of the plans the sessions came from, when any did). */
    static final long HISTORY = 5;
    /** Its row, the user, the exercise (3: with its muscles and equipment), its sets, the records (2), the file. */
    static final long EXERCISE = 9;
    /** Its row, the user, the plan's tree (one statement), recording the file. */
    static final long PLAN = 4;

    @Autowired
    Api api;

    @Autowired
    StatementCounter counter;

    @Autowired
    ReportGeneration generation;

    ReportFixture fixture;
    TestUser light;
    TestUser heavy;
    LocalDate from;
    LocalDate to;
    String squat;
    String planId;

    @BeforeAll
    void oneSessionAndTwelveWeeksOfThem() {
        fixture = new ReportFixture(api);
        light = api.newUser();
        heavy = api.newUser();
        to = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        from = to.minusWeeks(12).plusDays(1);
        squat = fixture.exercise("Barbell Back Squat");
        String bench = fixture.exercise("Barbell Bench Press");
        String row = fixture.exercise("Barbell Bent-Over Row");
        fixture.trained(light, from.plusDays(3), "Only", new Lift(squat, 1, 5, "100"));
        for (int week = 0; week < 12; week++) {
            LocalDate day = from.plusDays(7L * week);
            fixture.trained(heavy, day, "A" + week, new Lift(squat, 3, 5, Integer.toString(100 + week)),
                    new Lift(bench, 3, 5, "60"));
            fixture.trained(heavy, day.plusDays(2), "B" + week, new Lift(row, 3, 8, "70"), new Lift(squat, 2, 3,
                    Integer.toString(110 + week)));
            fixture.bodyWeight(heavy, day, "8" + (week % 10));
        }
        planId = fixture.plan(heavy, "Statements", Map.of("Day A", List.of(
                new Slot(squat, 5, List.of("100", "100", "100"), 180, null),
                new Slot(bench, 5, List.of("60", "60"), 120, null)))).getString("id");
    }

    /** Asks for the report through the API, then counts the statements of its work run again here. */
    private long statements(TestUser user, Map<String, Object> body) {
        String jobId = fixture.request(user, body).getString("id");
        fixture.finished(user, jobId);
        RunningJob job = new RunningJob() {
            @Override
            public UUID id() {
                return UUID.fromString(jobId);
            }

            @Override
            public UUID userId() {
                return user.id();
            }

            @Override
            public int attempt() {
                return 2;
            }

            @Override
            public void progress(int percent) {
                // The job's own bookkeeping (one update a step) is not the report's.
            }
        };
        return counter.count(() -> generation.run(job));
    }

    private Map<String, Object> period(String type, String format) {
        return Map.of("type", type, "format", format, "from", from.toString(), "to", to.toString());
    }

    @Test
    void aProgressReportReadsAFixedNumberOfStatements() {
        assertThat(statements(light, period("PROGRESS", "PDF"))).isEqualTo(PROGRESS);
        assertThat(statements(heavy, period("PROGRESS", "PDF"))).isEqualTo(PROGRESS);
    }

    @Test
    void historyExerciseAndPlanReportsReadAFixedNumberOfStatements() {
        assertThat(statements(light, period("HISTORY", "CSV"))).isEqualTo(HISTORY);
        assertThat(statements(heavy, period("HISTORY", "CSV"))).isEqualTo(HISTORY);

        Map<String, Object> exercise = Map.of("type", "EXERCISE", "format", "JSON", "exercise_id", squat, "from",
                from.toString(), "to", to.toString());
        assertThat(statements(light, exercise)).isEqualTo(EXERCISE);
        assertThat(statements(heavy, exercise)).isEqualTo(EXERCISE);

        assertThat(statements(heavy, Map.of("type", "PLAN", "format", "PDF", "plan_id", planId))).isEqualTo(PLAN);
    }

    @Test
    void listingReportsCostsTheSameForOneOrMany() {
        TestUser user = api.newUser();
        fixture.made(user, period("HISTORY", "JSON"));
        long one = counter.count(() -> api.as(user).get(ReportFixture.REPORTS).then().statusCode(200));
        fixture.made(user, period("HISTORY", "CSV"));
        fixture.made(user, period("PROGRESS", "JSON"));

        long three = counter.count(() -> api.as(user).get(ReportFixture.REPORTS).then().statusCode(200));

        assertThat(three).isEqualTo(one);
    }
}
