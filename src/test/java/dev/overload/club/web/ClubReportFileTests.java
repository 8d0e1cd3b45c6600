package dev.overload.club.web;

import static dev.overload.club.web.ClubFixture.EXERCISES;
import static dev.overload.club.web.ClubFixture.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.reporting.web.PdfPages;
import dev.overload.reporting.web.ReportFixture;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Clock;
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
 * The club's reports as files made by report jobs, read back in each format: a trainer's cover their own clients
 * (so the figures are exact in a database other tests share), an administrator's the whole club.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClubReportFileTests {

    private static final String CLUB_REPORTS = "/api/club/reports";

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    ClubFixture club;
    ReportFixture reports;
    TestUser trainer;
    String busyId;
    String idleId;
    LocalDate today;

    /** A trainer with two active clients, one STANDARD and one VIP: the VIP client trained today, the other not. */
    @BeforeAll
    void aTrainerWithTwoClients() {
        club = new ClubFixture(api);
        reports = new ReportFixture(api);
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        trainer = club.trainer();
        TestUser busy = api.newUser();
        busyId = club.client(busy, club.membership("VIP", "120.50"), "last_name", "Busy");
        idleId = club.client(api.newUser(), club.membership("STANDARD", "30.00"), "last_name", "Idle");
        club.assign(busyId, trainer);
        club.assign(idleId, trainer);
        String done = club.training(trainer, busyId, Map.of("title", "Done", "date", today.toString()));
        club.training(trainer, idleId, Map.of("title", "Skipped", "date", today.minusDays(1).toString()));
        api.as(trainer).body(Map.of("exercise_id", api.systemExerciseId("Push-Up"), "sets", 1)).post(EXERCISES, done)
                .then().statusCode(201);
        JsonPath training = api.as(busy).get("/api/club/trainings/{id}", done).then().extract().jsonPath();
        JsonPath session = api.as(busy).body(Map.of("training_plan_id", training.getString("plan_id"),
                "training_plan_day_id", training.getString("day_id"))).post("/api/training-sessions").then()
                .statusCode(201).extract().jsonPath();
        api.as(busy).patch("/api/training-sessions/{s}/sets/{set}/complete", session.getString("id"),
                session.getString("sets[0].id")).then().statusCode(200);
        api.as(busy).post("/api/training-sessions/{s}/complete", session.getString("id")).then().statusCode(200);
    }

    private Map<String, Object> order(String report, String format, Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("report", report, "format", format));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void attendanceAsCsvHasAClientARowWithPlannedDoneAndRate() {
        String reportId = reports.made(trainer, CLUB_REPORTS, order("ATTENDANCE", "CSV", "from",
                today.minusDays(7).toString(), "to", today.toString()));

        List<CSVRecord> rows = reports.csv(trainer, reportId);

        assertThat(rows).extracting(row -> row.get("client_id")).containsExactly(busyId, idleId);
        assertThat(rows).extracting(row -> row.get("planned")).containsExactly("1", "1");
        assertThat(rows).extracting(row -> row.get("done")).containsExactly("1", "0");
        assertThat(rows).extracting(row -> row.get("rate_percent")).containsExactly("100.0", "0.0");
        assertThat(reports.report(trainer, reportId).getString("title"))
                .isEqualTo("Attendance per client " + today.minusDays(7) + " – " + today);
        api.as(trainer).get("/api/reports").then().statusCode(200).body("type", hasItem("TABLE"));
    }

    @Test
    void activeClientsAsPdfDrawsABarPerLevelAboveTheTable() throws IOException {
        String reportId = reports.made(trainer, CLUB_REPORTS, order("ACTIVE_CLIENTS", "PDF"));

        try (PDDocument pdf = reports.pdf(trainer, reportId)) {
            String text = PdfPages.text(pdf);
            assertThat(text).contains("Active clients per membership level", "As of", "Membership level Active clients",
                    "STANDARD 1", "VIP 1");
            assertThat(PdfPages.charts(pdf)).hasSize(1);
        }
    }

    @Test
    void revenueAndIdleClientsAsJsonAreRowsKeyedByColumn() {
        JsonPath revenue = reports.json(trainer, reports.made(trainer, CLUB_REPORTS, order("MONTHLY_REVENUE",
                "JSON")));
        JsonPath idle = reports.json(trainer, reports.made(trainer, CLUB_REPORTS, order("IDLE_CLIENTS", "JSON",
                "days", 7)));

        assertThat(revenue.getString("report.title")).isEqualTo("Monthly recurring revenue per membership level");
        assertThat(revenue.getList("columns.name", String.class)).containsExactly("access_level", "active_clients",
                "monthly_revenue", "currency");
        assertThat(revenue.getList("rows.access_level", String.class)).containsExactly("STANDARD", "VIP");
        assertThat(revenue.getList("rows.monthly_revenue", Float.class)).containsExactly(30.0f, 120.5f);
        assertThat(idle.getList("rows.client_id", String.class)).containsExactly(idleId);
        assertThat(idle.getList("rows.last_session_at")).containsExactly((Object) null);
    }

    @Test
    void anAdministratorsReportCoversTheWholeClub() {
        JsonPath trainings = reports.json(club.admin, reports.made(club.admin, CLUB_REPORTS,
                order("TRAININGS_PER_TRAINER", "JSON", "from", today.minusDays(7).toString(), "to",
                        today.toString())));

        assertThat(trainings.getList("rows.trainer", String.class)).contains(trainer.username());
        assertThat(trainings.getList("rows.trainings", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyAdministratorsAndTrainersAskAndTheOrderIsChecked() {
        api.as(api.newUser()).body(order("ACTIVE_CLIENTS", "CSV")).post(CLUB_REPORTS).then().statusCode(403);
        invalid(api.as(trainer).body(order("IDLE_CLIENTS", "CSV", "days", 0)).post(CLUB_REPORTS).then(), "days");
        invalid(api.as(trainer).body(order("ATTENDANCE", "CSV", "from", today.toString(), "to",
                today.minusDays(1).toString())).post(CLUB_REPORTS).then(), "to");
        invalid(api.as(trainer).body(order("BIRTHDAYS", "CSV")).post(CLUB_REPORTS).then(), "report");
        invalid(api.as(trainer).body(Map.of("type", "TABLE", "format", "CSV")).post("/api/reports").then(), "type");
    }
}
