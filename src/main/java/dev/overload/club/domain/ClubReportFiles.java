package dev.overload.club.domain;

import dev.overload.identity.Users;
import dev.overload.jobs.Job;
import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.ReportTable;
import dev.overload.reporting.ReportTable.BarChart;
import dev.overload.reporting.ReportTable.Column;
import dev.overload.reporting.TableReportOrder;
import dev.overload.reporting.TableReportSource;
import dev.overload.reporting.TableReports;
import dev.overload.shared.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The club's reports as files (JSON, CSV, PDF with a bar chart where one helps), made by reporting's jobs: the
 * club checks who may ask and, when the job runs, who may still have it, and gives the table.
 */
@Component
public class ClubReportFiles implements TableReportSource {

    static final String SOURCE = "club";
    private static final String DAYS = "days";

    private final ClubReports reports;
    private final TableReports tableReports;
    private final Users users;

    ClubReportFiles(ClubReports reports, TableReports tableReports, Users users) {
        this.reports = reports;
        this.tableReports = tableReports;
        this.users = users;
    }

    /**
     * Queues the report for the caller, an administrator or a trainer; {@code from} and {@code to} count for the
     * reports over a period, {@code days} for the idle clients.
     */
    @Transactional
    public Job request(CurrentUser caller, ClubReportKind kind, ReportFormat format, LocalDate from, LocalDate to,
            int days, boolean emailWhenDone) {
        ReportScope.of(caller);
        if (kind.hasPeriod()) {
            ClubReports.checkRange(from, to);
        }
        ClubReports.checkDays(days);
        Map<String, String> parameters = kind == ClubReportKind.IDLE_CLIENTS ? Map.of(DAYS, String.valueOf(days))
                : Map.of();
        return tableReports.request(caller.id(), caller.weightUnit(), caller.timeZone(), new TableReportOrder(SOURCE,
                kind.name(), kind.title(), format, kind.hasPeriod() ? from : null, kind.hasPeriod() ? to : null,
                parameters, emailWhenDone));
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ReportTable table(UUID userId, TableReportOrder order) {
        ReportScope scope = ReportScope.of(userId, users.role(userId).orElse(null));
        ClubReportKind kind = ClubReportKind.valueOf(order.kind());
        return switch (kind) {
            case ACTIVE_CLIENTS -> new ReportTable(kind.title(),
                    columns("access_level", "Membership level", "active_clients", "Active clients"),
                    reports.activeClients(scope).stream().map(level -> row(level.accessLevel(), level.activeClients()))
                            .toList(),
                    new BarChart(kind.title(), "active clients", 0, 1));
            case MONTHLY_REVENUE -> new ReportTable(kind.title(),
                    columns("access_level", "Membership level", "active_clients", "Active clients",
                            "monthly_revenue", "Monthly revenue", "currency", "Currency"),
                    reports.monthlyRevenue(scope).stream().map(level -> row(level.accessLevel(),
                            level.activeClients(), level.monthlyRevenue(), level.currency())).toList(),
                    new BarChart(kind.title(), "revenue a month", 0, 2));
            case TRAININGS_PER_TRAINER -> new ReportTable(kind.title(),
                    columns("trainer", "Trainer", "week_start", "Week of", "trainings", "Trainings"),
                    reports.trainingsPerTrainer(scope, order.from(), order.to()).stream()
                            .map(week -> row(week.trainerUsername() == null ? "no trainer" : week.trainerUsername(),
                                    week.weekStart(), week.trainings()))
                            .toList(),
                    new BarChart("Trainings per trainer in the period", "trainings", 0, 2));
            case ATTENDANCE -> new ReportTable(kind.title(),
                    columns("client_id", "Client", "first_name", "First name", "last_name", "Last name", "planned",
                            "Planned", "done", "Done", "rate_percent", "Rate (%)"),
                    reports.attendance(scope, order.from(), order.to()).stream()
                            .map(client -> row(client.clientId(), client.firstName(), client.lastName(),
                                    client.planned(), client.done(), percent(client.rate())))
                            .toList(),
                    null);
            case IDLE_CLIENTS -> new ReportTable(kind.title(),
                    columns("client_id", "Client", "first_name", "First name", "last_name", "Last name",
                            "last_session_at", "Last session"),
                    reports.idleClients(scope, Integer.parseInt(order.parameters().get(DAYS))).stream()
                            .map(client -> row(client.clientId(), client.firstName(), client.lastName(),
                                    client.lastSessionAt()))
                            .toList(),
                    null);
        };
    }

    /** Pairs of name and heading. */
    private static List<Column> columns(String... namesAndHeadings) {
        if (namesAndHeadings.length % 2 != 0) {
            throw new IllegalArgumentException("A heading for every column name");
        }
        Column[] columns = new Column[namesAndHeadings.length / 2];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new Column(namesAndHeadings[2 * i], namesAndHeadings[2 * i + 1]);
        }
        return List.of(columns);
    }

    private static List<@Nullable Object> row(@Nullable Object... values) {
        return Arrays.asList(values);
    }

    private static @Nullable BigDecimal percent(@Nullable Double rate) {
        return rate == null ? null : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
