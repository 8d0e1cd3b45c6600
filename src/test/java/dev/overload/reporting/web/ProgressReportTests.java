package dev.overload.reporting.web;

import static dev.overload.reporting.web.ReportFixture.decimal;
import static dev.overload.reporting.web.ReportFixture.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.reporting.web.ReportFixture.Lift;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A PROGRESS report of four weeks against the four before them, as JSON, CSV and PDF: each format parsed back and
 * held to the same figures.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressReportTests {

    @Autowired
    Api api;

    ReportFixture fixture;
    TestUser user;
    LocalDate from;
    LocalDate to;

    /**
     * Four sessions this period, a week apart: squat 3 × 5 rising from 100 to 107.5 kg (RIR 2, hard sets) and bench
     * 3 × 5 at 60 (RIR 4, not hard); two sessions of squat 3 × 5 at 95 the period before; two body weights.
     */
    @BeforeAll
    void fourWeeksOfTraining() {
        fixture = new ReportFixture(api);
        user = api.newUser(Map.of("first_name", "Ada", "last_name", "Lovelace"));
        to = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        from = to.minusDays(27);
        String squat = fixture.exercise("Barbell Back Squat");
        String bench = fixture.exercise("Barbell Bench Press");
        fixture.trained(user, from.minusDays(20), "Early A", new Lift(squat, 3, 5, "95"));
        fixture.trained(user, from.minusDays(10), "Early B", new Lift(squat, 3, 5, "95"));
        String[] weights = {"100", "102.5", "105", "107.5"};
        for (int week = 0; week < 4; week++) {
            fixture.trained(user, from.plusDays(1 + 7 * week), "Week " + (week + 1), new Lift(squat, 3, 5,
                    weights[week]), new Lift(bench, 3, 5, "60", 4));
        }
        fixture.bodyWeight(user, from.plusDays(1), "80");
        fixture.bodyWeight(user, from.plusDays(20), "79.2");
    }

    private Map<String, Object> progress(String format) {
        return Map.of("type", "PROGRESS", "format", format, "from", from.toString(), "to", to.toString());
    }

    @Test
    void jsonHoldsThePeriodThePreviousOneAndTheirComparison() {
        JsonPath json = fixture.json(user, fixture.made(user, progress("JSON")));

        assertThat(json.getString("report.title")).isEqualTo("Progress report");
        assertThat(json.getString("report.user_name")).isEqualTo("Ada Lovelace");
        assertThat(json.getString("report.weight_unit")).isEqualTo("KG");
        assertThat(json.getString("report.from")).isEqualTo(from.toString());
        assertThat(json.getInt("current.sessions")).isEqualTo(4);
        assertThat(json.getInt("current.sets")).isEqualTo(24);
        assertThat(json.getInt("current.hard_sets")).isEqualTo(12);
        assertThat(decimal(json, "current.volume")).isEqualByComparingTo("9825");
        assertThat(json.getInt("previous.sessions")).isEqualTo(2);
        assertThat(decimal(json, "previous.volume")).isEqualByComparingTo("2850");
        assertThat(json.getString("previous.to")).isEqualTo(from.minusDays(1).toString());
        assertThat(decimal(json, "change_percent.sessions")).isEqualByComparingTo("100");
        assertThat(decimal(json, "change_percent.volume")).isEqualByComparingTo("244.7");
        assertThat(json.getList("weeks")).hasSize(4);
        assertThat(json.getString("main_lifts[0].exercise_name")).isEqualTo("Barbell Back Squat");
        assertThat(decimal(json, "main_lifts[0].first")).isEqualByComparingTo("116.67");
        assertThat(decimal(json, "main_lifts[0].last")).isEqualByComparingTo("125.42");
        assertThat(json.getList("main_lifts[0].points")).hasSize(4);
        assertThat(json.getList("muscle_groups.muscle_group", String.class)).as("most hard sets first")
                .startsWith("quadriceps").contains("chest", "triceps", "front_delts");
        assertThat(decimal(json, "muscle_groups[0].hard_sets")).isEqualByComparingTo("12");
        assertThat(decimal(json, "muscle_groups[0].weekly_average")).isEqualByComparingTo("3");
        assertThat(decimal(json, "muscle_groups[0].volume")).isEqualByComparingTo("6225");
        assertThat(decimal(json, muscleGroup("glutes", "hard_sets"))).as("a squat's secondary muscle: half its sets")
                .isEqualByComparingTo("6");
        assertThat(decimal(json, muscleGroup("glutes", "volume"))).as("and half its volume")
                .isEqualByComparingTo("3112.5");
        assertThat(decimal(json, muscleGroup("chest", "hard_sets"))).as("bench at RIR 4: no hard sets")
                .isZero();
        assertThat(decimal(json, muscleGroup("chest", "volume"))).as("but its volume").isEqualByComparingTo("3600");
        assertThat(json.getList("records.exercise_name", String.class)).contains("Barbell Back Squat");
        assertThat(decimal(json, "body_weight.first")).isEqualByComparingTo("80");
        assertThat(decimal(json, "body_weight.change")).isEqualByComparingTo("-0.8");
    }

    private static String muscleGroup(String name, String field) {
        return "muscle_groups.find { it.muscle_group == '" + name + "' }." + field;
    }

    @Test
    void csvHasAWeekARowAndItsSumsMatchTheJson() {
        JsonPath json = fixture.json(user, fixture.made(user, progress("JSON")));
        String csvReport = fixture.made(user, progress("CSV"));

        List<CSVRecord> weeks = fixture.csv(user, csvReport);

        assertThat(fixture.csvHeader(user, csvReport)).containsExactly("week_start", "sessions", "sets", "hard_sets",
                "volume_kg");
        assertThat(weeks).hasSize(json.getList("weeks").size());
        assertThat(sum(weeks, "volume_kg")).isEqualByComparingTo(decimal(json, "current.volume"));
        assertThat(sum(weeks, "sessions")).isEqualByComparingTo("4");
        assertThat(sum(weeks, "hard_sets")).isEqualByComparingTo("12");
        assertThat(weeks.getFirst().get("week_start")).isEqualTo(json.getString("weeks[0].week"));
    }

    @Test
    void pdfShowsTheFiguresAndDrawsItsCharts() throws IOException {
        String reportId = fixture.made(user, progress("PDF"));

        try (PDDocument pdf = fixture.pdf(user, reportId)) {
            String text = PdfPages.text(pdf);
            assertThat(text).contains("Progress report", "Ada Lovelace", "Weights in kg", "days in UTC",
                    "Sessions 4 2 +100 %", "Volume (kg) 9,825 2,850 +244.7 %", "Barbell Back Squat",
                    "From 80 kg to 79.2 kg (-0.8 kg)", "Muscle group Hard sets A week Volume (kg)",
                    "quadriceps 12 3 6,225", "chest 0 0 3,600");
            assertThat(text).as("the charts' own text").contains("Volume per week (kg)",
                    "Hard sets per muscle group, weekly average", "Estimated 1RM per session (kg)", "Body weight (kg)");
            assertThat(PdfPages.charts(pdf)).hasSize(4);
            assertThat(PdfPages.fonts(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
            List<BufferedImage> pages = PdfPages.render(pdf);
            assertThat(pages).hasSize(pdf.getNumberOfPages());
            assertThat(pages.stream().mapToLong(page -> PdfPages.pixels(page, PdfPages.ACCENT)).sum())
                    .as("bars and lines drawn in the accent colour").isGreaterThan(500);
        }
        api.as(user).get("/api/notifications").then().statusCode(200)
                .body("title", hasItem("Ready: Progress report " + from + " – " + to + " (PDF)"));
    }
}
