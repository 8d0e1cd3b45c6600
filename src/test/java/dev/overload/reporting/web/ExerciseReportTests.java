package dev.overload.reporting.web;

import static dev.overload.reporting.web.ReportFixture.decimal;
import static dev.overload.reporting.web.ReportFixture.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.reporting.web.ReportFixture.Lift;
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

/** An EXERCISE report: the squat's sets over three sessions, with estimated 1RM, volume and records. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseReportTests {

    @Autowired
    Api api;

    ReportFixture fixture;
    TestUser user;
    String squat;
    LocalDate first;

    /** Squat 3 × 5 at 100, then 3 × 5 at 105 and a single of 3 at 115, then 3 × 5 at 110; bench beside it. */
    @BeforeAll
    void threeSquatSessions() {
        fixture = new ReportFixture(api);
        user = api.newUser();
        squat = fixture.exercise("Barbell Back Squat");
        String bench = fixture.exercise("Barbell Bench Press");
        first = LocalDate.now(ZoneOffset.UTC).minusDays(20);
        fixture.trained(user, first, "A", new Lift(squat, 3, 5, "100"), new Lift(bench, 3, 5, "60"));
        fixture.trained(user, first.plusDays(7), "B", new Lift(squat, 3, 5, "105"), new Lift(squat, 1, 3, "115"));
        fixture.trained(user, first.plusDays(14), "C", new Lift(squat, 3, 5, "110"));
    }

    private Map<String, Object> exercise(String format) {
        return Map.of("type", "EXERCISE", "format", format, "exercise_id", squat, "from", first.toString(), "to",
                first.plusDays(14).toString());
    }

    @Test
    void jsonHasEverySetEachSessionsBestAndTheRecords() {
        JsonPath json = fixture.json(user, fixture.made(user, exercise("JSON")));

        assertThat(json.getString("report.title")).isEqualTo("Exercise report");
        assertThat(json.getString("exercise.name")).isEqualTo("Barbell Back Squat");
        assertThat(json.getInt("summary.sessions")).isEqualTo(3);
        assertThat(json.getInt("summary.sets")).isEqualTo(10);
        assertThat(json.getInt("summary.reps")).isEqualTo(48);
        assertThat(decimal(json, "summary.volume")).isEqualByComparingTo("5070");
        assertThat(decimal(json, "summary.heaviest_weight")).isEqualByComparingTo("115");
        assertThat(decimal(json, "summary.best_estimated_one_rep_max")).isEqualByComparingTo("128.33");
        assertThat(json.getList("sessions")).hasSize(3);
        assertThat(decimal(json, "sessions[1].top_weight")).isEqualByComparingTo("115");
        assertThat(decimal(json, "sessions[1].volume")).isEqualByComparingTo("1920");
        assertThat(json.getList("sets")).hasSize(10);
        assertThat(json.getList("records.record_type", String.class)).contains("HEAVIEST_WEIGHT");
        assertThat(json.getList("records.exercise_name", String.class)).containsOnly("Barbell Back Squat");
    }

    @Test
    void csvHasASetARowAndItsSumsMatchTheJson() {
        JsonPath json = fixture.json(user, fixture.made(user, exercise("JSON")));
        String csvReport = fixture.made(user, exercise("CSV"));

        List<CSVRecord> sets = fixture.csv(user, csvReport);

        assertThat(fixture.csvHeader(user, csvReport)).containsExactly("date", "session_id", "set_index", "reps",
                "weight_kg", "rir", "estimated_1rm_kg", "volume_kg");
        assertThat(sets).hasSize(10);
        assertThat(sum(sets, "volume_kg")).isEqualByComparingTo(decimal(json, "summary.volume"));
        assertThat(sum(sets, "reps")).isEqualByComparingTo(json.getString("summary.reps"));
    }

    @Test
    void pdfShowsTheExerciseItsChartsAndItsSets() throws IOException {
        try (PDDocument pdf = fixture.pdf(user, fixture.made(user, exercise("PDF")))) {
            String text = PdfPages.text(pdf);

            assertThat(text).contains("Exercise report", "Barbell Back Squat", "Primary muscle group",
                    "Volume (kg) 5,070", "Best estimated 1RM (kg) 128.33", "Personal records set",
                    "Estimated 1RM and top weight per session (kg)", "Volume per week (kg)", "Best estimated 1RM",
                    "Top set weight");
            assertThat(text).doesNotContain("Barbell Bench Press");
            assertThat(PdfPages.charts(pdf)).hasSize(2);
            assertThat(PdfPages.render(pdf)).hasSize(pdf.getNumberOfPages());
        }
    }
}
