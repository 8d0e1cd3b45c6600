package dev.overload.reporting.web;

import static dev.overload.reporting.web.ReportFixture.decimal;
import static dev.overload.reporting.web.ReportFixture.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.reporting.web.ReportFixture.Lift;
import dev.overload.reporting.web.ReportFixture.Slot;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A HISTORY report of a user who lifts in pounds: a plan session with a failed set beside an ad-hoc one, planned
 * beside actual, and what each achieved (seed 000's WorkoutSessionResult) in every format.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryReportTests {

    @Autowired
    Api api;

    ReportFixture fixture;
    TestUser user;
    Map<String, Object> period;

    /** Squat 3 × 5 at 225 lb planned, the third set failed at 3 reps; then deadlift 2 × 5 at 315 lb ad hoc. */
    @BeforeAll
    void twoSessionsInPounds() {
        fixture = new ReportFixture(api);
        user = api.newUser();
        api.as(user).body(Map.of("weight_unit", "LB")).patch("/api/users/me").then().statusCode(200);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(6);
        JsonPath plan = fixture.plan(user, "Strength", Map.of("Day A",
                List.of(new Slot(fixture.exercise("Barbell Back Squat"), 5, List.of("225", "225", "225"), 180,
                        null))));
        fixture.trainedPlan(user, plan, day, Map.of(3, 3));
        fixture.trained(user, day.plusDays(2), "Pulls", new Lift(fixture.exercise("Barbell Deadlift"), 2, 5, "315"));
        period = Map.of("type", "HISTORY", "from", day.minusDays(1).toString(), "to", day.plusDays(3).toString());
    }

    private Map<String, Object> history(String format) {
        Map<String, Object> body = new java.util.HashMap<>(period);
        body.put("format", format);
        return body;
    }

    @Test
    void jsonListsEachSessionsSetsPlannedBesideDoneAndWhatTheyAchieved() {
        JsonPath json = fixture.json(user, fixture.made(user, history("JSON")));

        assertThat(json.getString("report.weight_unit")).isEqualTo("LB");
        assertThat(json.getInt("totals.sets_planned")).isEqualTo(5);
        assertThat(json.getInt("totals.sets_achieved")).isEqualTo(4);
        assertThat(json.getInt("totals.reps_achieved")).isEqualTo(20);
        assertThat(decimal(json, "totals.total_weight_lifted")).isEqualByComparingTo("5400");
        assertThat(json.getList("sessions")).hasSize(2);
        assertThat(json.getString("sessions[0].title")).isEqualTo("Day A");
        assertThat(json.getString("sessions[0].plan_name")).isEqualTo("Strength");
        assertThat(json.getString("sessions[0].exercises[0].exercise_name")).isEqualTo("Barbell Back Squat");
        assertThat(json.getString("sessions[0].exercises[0].sets[2].status")).isEqualTo("FAILED");
        assertThat(json.getInt("sessions[0].exercises[0].sets[2].planned_reps")).isEqualTo(5);
        assertThat(json.getInt("sessions[0].exercises[0].sets[2].reps")).isEqualTo(3);
        assertThat(decimal(json, "sessions[0].exercises[0].sets[2].planned_weight")).isEqualByComparingTo("225");
        assertThat(decimal(json, "sessions[0].totals.total_weight_lifted")).isEqualByComparingTo("2250");
        assertThat(json.getString("sessions[1].title")).isEqualTo("Pulls");
        assertThat(json.getString("sessions[1].plan_name")).isNull();
    }

    @Test
    void csvHasASetARowInPoundsAndItsSumsMatchTheJson() {
        JsonPath json = fixture.json(user, fixture.made(user, history("JSON")));
        String csvReport = fixture.made(user, history("CSV"));

        List<CSVRecord> sets = fixture.csv(user, csvReport);

        assertThat(fixture.csvHeader(user, csvReport)).containsExactly("date", "session_id", "session", "exercise",
                "set_index", "status", "planned_reps", "planned_weight_lb", "reps", "weight_lb", "rir", "volume_lb");
        assertThat(sets).hasSize(json.getInt("totals.sets_planned"));
        assertThat(sum(sets, "volume_lb")).isEqualByComparingTo(decimal(json, "totals.total_weight_lifted"));
        assertThat(sum(sets.stream().filter(set -> set.get("status").equals("COMPLETED")).toList(), "reps"))
                .isEqualByComparingTo(json.getString("totals.reps_achieved"));
        assertThat(sets.getFirst().get("session")).isEqualTo("Day A");
        assertThat(sets.get(2).get("weight_lb")).isEqualTo("225");
    }

    @Test
    void pdfShowsEverySessionWithItsSetsAndTotals() throws IOException {
        try (PDDocument pdf = fixture.pdf(user, fixture.made(user, history("PDF")))) {
            String text = PdfPages.text(pdf);

            assertThat(text).contains("Training history", "Weights in lb", "2 sessions · sets achieved 4 of 5",
                    "total weight lifted 5,400 lb", "Day A", "Strength · 60 min", "Barbell Back Squat",
                    "5 × 225 3 × 225", "failed", "Pulls", "Barbell Deadlift", "Session 2 of 3 sets 10 reps 2,250",
                    "Weight lifted per week (lb)");
            assertThat(PdfPages.charts(pdf)).hasSize(1);
            assertThat(PdfPages.render(pdf)).hasSize(pdf.getNumberOfPages());
        }
    }
}
