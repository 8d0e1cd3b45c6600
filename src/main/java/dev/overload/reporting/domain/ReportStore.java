package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.TableReportOrder;
import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.shared.units.WeightUnit;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports table: each statement scoped by the owner, or by the expiry index for the purge. A report past its
 * expiry is gone for its user at once, before the purge removes it.
 */
@Component
class ReportStore {

    private static final String COLUMNS = """
            id, user_id, job_id, type, format, title, file_name, period_from, period_to, exercise_id, plan_id,
            weight_unit, time_zone, file_path, size_bytes, generated_at, created_at, expires_at, source, kind,
            parameters""";

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a user asks for, with the units and zone they have now and the job that will generate it. */
    record NewReport(UUID userId, @Nullable UUID jobId, ReportType type, ReportFormat format, String title,
            String fileName,
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID exerciseId, @Nullable UUID planId,
            WeightUnit unit, ZoneId zone, @Nullable TableReportOrder table) {

        NewReport withJob(UUID job) {
            return new NewReport(userId, job, type, format, title, fileName, from, to, exerciseId, planId, unit, zone,
                    table);
        }
    }

    Report insert(NewReport report, Instant now, Instant expiresAt) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", report.userId());
        params.put("job", report.jobId());
        params.put("type", report.type().name());
        params.put("format", report.format().name());
        params.put("title", report.title());
        params.put("fileName", report.fileName());
        params.put("from", report.from() == null ? null : Date.valueOf(report.from()));
        params.put("to", report.to() == null ? null : Date.valueOf(report.to()));
        params.put("exercise", report.exerciseId());
        params.put("plan", report.planId());
        params.put("unit", report.unit().name());
        params.put("zone", report.zone().getId());
        params.put("now", Timestamp.from(now));
        params.put("expires", Timestamp.from(expiresAt));
        params.put("source", report.table() == null ? null : report.table().source());
        params.put("kind", report.table() == null ? null : report.table().kind());
        params.put("parameters", json.writeValueAsString(report.table() == null ? Map.of()
                : report.table().parameters()));
        return jdbc.sql("""
                insert into reports (user_id, job_id, type, format, title, file_name, period_from, period_to,
                                     exercise_id, plan_id, weight_unit, time_zone, created_at, expires_at, source,
                                     kind, parameters)
                values (:user, :job, :type, :format, :title, :fileName, :from, :to, :exercise, :plan, :unit, :zone,
                        :now, :expires, :source, :kind, cast(:parameters as jsonb))
                returning\s""" + COLUMNS)
                .params(params).query(this::row).single();
    }

    Optional<Report> find(UUID userId, UUID reportId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from reports where id = :id and user_id = :user and expires_at > :now")
                .param("id", reportId).param("user", userId).param("now", Timestamp.from(now))
                .query(this::row).optional();
    }

    Optional<Report> findByJob(UUID userId, UUID jobId) {
        return jdbc.sql("select " + COLUMNS + " from reports where user_id = :user and job_id = :job")
                .param("user", userId).param("job", jobId).query(this::row).optional();
    }

    ResultPage<Report> list(UUID userId, Instant now, PageParams page) {
        return SqlPages.page(jdbc, COLUMNS, "from reports where user_id = :user and expires_at > :now",
                "created_at desc, id desc", Map.of("user", userId, "now", Timestamp.from(now)), page,
                this::row);
    }

    /** False when the report is gone (deleted while it was generated). */
    boolean generated(UUID reportId, String filePath, long size, Instant at) {
        return jdbc.sql("""
                update reports set file_path = :path, size_bytes = :size, generated_at = :at where id = :id""")
                .param("path", filePath).param("size", size).param("at", Timestamp.from(at)).param("id", reportId)
                .update() == 1;
    }

    boolean delete(UUID userId, UUID reportId) {
        return jdbc.sql("delete from reports where id = :id and user_id = :user").param("id", reportId)
                .param("user", userId).update() == 1;
    }

    /** The reports past their expiry, oldest first, a batch at a time. */
    List<Report> expired(Instant now, int batch) {
        return jdbc.sql("select " + COLUMNS + " from reports where expires_at <= :now order by expires_at limit :batch")
                .param("now", Timestamp.from(now)).param("batch", batch).query(this::row).list();
    }

    void deleteAll(List<UUID> reportIds) {
        jdbc.sql("delete from reports where id = any(:ids)").param("ids", reportIds.toArray(UUID[]::new)).update();
    }

    private Report row(ResultSet rs, int rowNum) throws SQLException {
        ReportType type = ReportType.valueOf(rs.getString("type"));
        ReportFormat format = ReportFormat.valueOf(rs.getString("format"));
        String title = rs.getString("title");
        LocalDate from = rs.getObject("period_from", LocalDate.class);
        LocalDate to = rs.getObject("period_to", LocalDate.class);
        TableReportOrder table = type != ReportType.TABLE ? null
                : new TableReportOrder(rs.getString("source"), rs.getString("kind"), title, format, from, to,
                        json.readValue(rs.getString("parameters"), PARAMETERS), false);
        return new Report(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("job_id", UUID.class), type, format, title, rs.getString("file_name"), from, to,
                rs.getObject("exercise_id", UUID.class), rs.getObject("plan_id", UUID.class),
                WeightUnit.valueOf(rs.getString("weight_unit")), ZoneId.of(rs.getString("time_zone")),
                rs.getString("file_path"), rs.getObject("size_bytes", Long.class), instant(rs, "generated_at"),
                instant(rs, "created_at"), instant(rs, "expires_at"), table);
    }
}
