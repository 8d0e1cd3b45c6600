package dev.overload.reporting.domain;

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

/** The reports table: each statement scoped by the owner, or by the expiry index for the purge. */
@Component
class ReportStore {

    private static final String COLUMNS = """
            id, user_id, job_id, type, format, period_from, period_to, exercise_id, plan_id, weight_unit, time_zone,
            file_path, file_name, size_bytes, generated_at, created_at, expires_at""";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Report insert(UUID userId, ReportType type, ReportFormat format, @Nullable LocalDate from,
            @Nullable LocalDate to, @Nullable UUID exerciseId, @Nullable UUID planId, WeightUnit unit, ZoneId zone,
            Instant now, Instant expiresAt) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", userId);
        params.put("type", type.name());
        params.put("format", format.name());
        params.put("from", from == null ? null : Date.valueOf(from));
        params.put("to", to == null ? null : Date.valueOf(to));
        params.put("exercise", exerciseId);
        params.put("plan", planId);
        params.put("unit", unit.name());
        params.put("zone", zone.getId());
        params.put("now", Timestamp.from(now));
        params.put("expires", Timestamp.from(expiresAt));
        return jdbc.sql("""
                insert into reports (user_id, type, format, period_from, period_to, exercise_id, plan_id, weight_unit,
                                     time_zone, created_at, expires_at)
                values (:user, :type, :format, :from, :to, :exercise, :plan, :unit, :zone, :now, :expires)
                returning """ + COLUMNS)
                .params(params).query(ReportStore::row).single();
    }

    void attachJob(UUID reportId, UUID jobId) {
        jdbc.sql("update reports set job_id = :job where id = :id").param("job", jobId).param("id", reportId)
                .update();
    }

    Optional<Report> find(UUID userId, UUID reportId) {
        return jdbc.sql("select " + COLUMNS + " from reports where id = :id and user_id = :user")
                .param("id", reportId).param("user", userId).query(ReportStore::row).optional();
    }

    Optional<Report> findByJob(UUID userId, UUID jobId) {
        return jdbc.sql("select " + COLUMNS + " from reports where user_id = :user and job_id = :job")
                .param("user", userId).param("job", jobId).query(ReportStore::row).optional();
    }

    ResultPage<Report> list(UUID userId, PageParams page) {
        return SqlPages.page(jdbc, COLUMNS, "from reports where user_id = :user", "created_at desc, id desc",
                Map.of("user", userId), page, ReportStore::row);
    }

    /** False when the report is gone (deleted while it was generated). */
    boolean generated(UUID reportId, String filePath, String fileName, long size, Instant at) {
        return jdbc.sql("""
                update reports set file_path = :path, file_name = :name, size_bytes = :size, generated_at = :at
                where id = :id""")
                .param("path", filePath).param("name", fileName).param("size", size)
                .param("at", Timestamp.from(at)).param("id", reportId).update() == 1;
    }

    boolean delete(UUID userId, UUID reportId) {
        return jdbc.sql("delete from reports where id = :id and user_id = :user").param("id", reportId)
                .param("user", userId).update() == 1;
    }

    List<Report> expired(Instant now, int batch) {
        return jdbc.sql("select " + COLUMNS + " from reports where expires_at <= :now order by expires_at limit :batch")
                .param("now", Timestamp.from(now)).param("batch", batch).query(ReportStore::row).list();
    }

    void deleteAll(List<UUID> reportIds) {
        jdbc.sql("delete from reports where id = any(:ids)").param("ids", reportIds.toArray(UUID[]::new)).update();
    }

    private static Report row(ResultSet rs, int rowNum) throws SQLException {
        Long size = rs.getObject("size_bytes", Long.class);
        return new Report(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("job_id", UUID.class), ReportType.valueOf(rs.getString("type")),
                ReportFormat.valueOf(rs.getString("format")), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("exercise_id", UUID.class),
                rs.getObject("plan_id", UUID.class), WeightUnit.valueOf(rs.getString("weight_unit")),
                ZoneId.of(rs.getString("time_zone")), rs.getString("file_path"), rs.getString("file_name"), size,
                instant(rs, "generated_at"), instant(rs, "created_at"), instant(rs, "expires_at"));
    }
}
