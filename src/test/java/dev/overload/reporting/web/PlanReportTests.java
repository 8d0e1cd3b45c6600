package dev.overload.reporting.web;

import static dev.overload.reporting.web.ReportFixture.decimal;
import static dev.overload.reporting.web.ReportFixture.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.reporting.web.ReportFixture.Slot;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A PLAN report: two days to print and take to the gym, each on its page with boxes to write in. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReportTests {

    @Autowired
    Api api;

    ReportFixture fixture;
    TestUser user;
    String planId;

    @BeforeAll
    void aTwoDayPlan() {
        fixture = new ReportFixture(api);
        user = api.newUser();
        Map<String, List<Slot>> days = new LinkedHashMap<>();
        days.put("Lower", List.of(
                new Slot(fixture.exercise("Barbell Back Squat"), 5, List.of("100", "100", "100"), 180,
                        "Pause at the bottom"),
                new Slot(fixture.exercise("Barbell Deadlift"), 5, List.of("140"), 240, null)));
        days.put("Upper", List.of(
                new Slot(fixture.exercise("Barbell Bench Press"), 8, List.of("60", "60", "60"), 120, null),
                new Slot(fixture.exercise("Pull-Up"), 8, List.of("0", "0", "0"), 90, null)));
        planId = fixture.plan(user, "Strength 5x5", days).getString("id");
    }

    private Map<String, Object> plan(String format) {
        return Map.of("type", "PLAN", "format", format, "plan_id", planId);
    }

    @Test
    void jsonHasTheDaysExercisesAndTargetSets() {
        String reportId = fixture.made(user, plan("JSON"));
        JsonPath json = fixture.json(user, reportId);

        assertThat(json.getString("report.title")).isEqualTo("Training plan");
        assertThat(json.getString("report.from")).isNull();
        assertThat(json.getString("plan.name")).isEqualTo("Strength 5x5");
        assertThat(json.getList("days.name", String.class)).containsExactly("Lower", "Upper");
        assertThat(json.getString("days[0].exercises[0].notes")).isEqualTo("Pause at the bottom");
        assertThat(json.getInt("days[0].exercises[0].rest_time_seconds")).isEqualTo(180);
        assertThat(decimal(json, "days[1].exercises[1].sets[0].weight")).isZero();
        assertThat(fixture.report(user, reportId).getString("file_name")).isEqualTo("training-plan-strength-5x5.json");
    }

    @Test
    void csvHasATargetSetARow() {
        List<CSVRecord> sets = fixture.csv(user, fixture.made(user, plan("CSV")));

        assertThat(sets).hasSize(10);
        assertThat(sum(sets, "reps")).isEqualByComparingTo("68");
        assertThat(sets.getFirst().get("day")).isEqualTo("Lower");
        assertThat(sets.getFirst().get("notes")).isEqualTo("Pause at the bottom");
        assertThat(sets.getLast().get("exercise")).isEqualTo("Pull-Up");
    }

    @Test
    void pdfPrintsEachDayOnItsPageWithBoxesToFillIn() throws IOException {
        try (PDDocument pdf = fixture.pdf(user, fixture.made(user, plan("PDF")))) {
            String text = PdfPages.text(pdf);

            assertThat(text).contains("Training plan", "Plan: Strength 5x5", "2 days", "Day 1 · Lower",
                    "Day 2 · Upper", "1. Barbell Back Squat", "Pause at the bottom", "180 s", "bodyweight", "Done");
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfPages.charts(pdf)).isEmpty();
            assertThat(PdfPages.render(pdf)).hasSize(2);
        }
    }

    @Test
    void aPlanWithTheLongestNameGetsAReportWhoseTitleAndFileNameAreShortened() {
        String longName = "Twelve weeks of heavy triples " + "x".repeat(225);
        String longPlanId = fixture.plan(user, longName, Map.of("Only day", List.of(
                new Slot(fixture.exercise("Barbell Back Squat"), 3, List.of("100"), 180, null)))).getString("id");

        String reportId = fixture.made(user, Map.of("type", "PLAN", "format", "CSV", "plan_id", longPlanId));
        JsonPath report = fixture.report(user, reportId);

        assertThat(longName).hasSize(255);
        assertThat(report.getString("title")).startsWith("Training plan: Twelve weeks of heavy triples").endsWith("…")
                .hasSizeLessThanOrEqualTo(200);
        assertThat(report.getString("file_name")).startsWith("training-plan-twelve-weeks-of-heavy-triples")
                .endsWith(".csv");
        assertThat(fixture.csv(user, reportId)).hasSize(1);
    }
}
