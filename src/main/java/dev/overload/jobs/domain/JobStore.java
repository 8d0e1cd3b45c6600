package dev.overload.jobs.domain;

import dev.overload.shared.paging.SqlFilter;
import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.jobs.Job;
import dev.overload.jobs.JobStatus;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jobs table. Every change of status is a conditional update (from the statuses it may leave), so a cancel
 * and a finish racing each other end in one of the two, never both.
 */
@Component
class JobStore {

    static final String COLUMNS = """
            id, user_id, type, title, status, progress, created_at, started_at, finished_at, error_status,
            error_title, error_detail, result, attempts, email_when_done""";
    private static final TypeReference<LinkedHashMap<String, String>> LINKS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JobStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A job as the table holds it, with what the runner needs besides the view. */
    record Row(Job job, UUID userId, int attempts, boolean emailWhenDone) {
    }

    Row insert(UUID userId, String type, String title, boolean exclusive, boolean emailWhenDone) {
        return jdbc.sql("insert into jobs (user_id, type, title, exclusive, email_when_done, created_at)"
                + " values (:user, :type, :title, :exclusive, :email, :now) returning " + COLUMNS)
                .param("user", userId).param("type", type).param("title", title).param("exclusive", exclusive)
                .param("email", emailWhenDone).param("now", now())
                .query(this::row).single();
    }

    /** The new exclusive job, or nothing when one of the type already waits for the user. */
    Optional<Row> insertUnlessWaiting(UUID userId, String type, String title) {
        return jdbc.sql("insert into jobs (user_id, type, title, exclusive, created_at)"
                + " values (:user, :type, :title, true, :now)"
                + " on conflict (user_id, type) where exclusive and status = 'QUEUED' do nothing returning " + COLUMNS)
                .param("user", userId).param("type", type).param("title", title).param("now", now())
                .query(this::row).optional();
    }

    Optional<Row> waiting(UUID userId, String type) {
        return jdbc.sql("select " + COLUMNS + " from jobs where user_id = :user and type = :type and exclusive"
                + " and status = 'QUEUED'")
                .param("user", userId).param("type", type).query(this::row).optional();
    }

    Optional<Row> find(UUID jobId) {
        return jdbc.sql("select " + COLUMNS + " from jobs where id = :id").param("id", jobId).query(this::row)
                .optional();
    }

    Optional<Row> find(UUID userId, UUID jobId) {
        return jdbc.sql("select " + COLUMNS + " from jobs where id = :id and user_id = :user")
                .param("id", jobId).param("user", userId).query(this::row).optional();
    }

    Map<UUID, Job> find(Collection<UUID> jobIds) {
        Map<UUID, Job> jobs = new HashMap<>();
        if (!jobIds.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from jobs where id = any(:ids)")
                    .param("ids", jobIds.toArray(UUID[]::new))
                    .query(this::row).list().forEach(row -> jobs.put(row.job().id(), row.job()));
        }
        return jobs;
    }

    ResultPage<Job> list(UUID userId, @Nullable JobStatus status, @Nullable String type, PageParams page) {
        SqlFilter sql = new SqlFilter("from jobs").where("user_id = :user", "user", userId)
                .when(status, "status = :status", "status", JobStatus::name)
                .when(type, "type = :type", "type");
        return SqlPages.page(jdbc, COLUMNS, sql, "created_at desc, id desc", page, this::row).map(Row::job);
    }

    /** QUEUED (or RUNNING, when an earlier attempt died) becomes RUNNING; empty when it is no longer to run. */
    Optional<Row> start(UUID jobId) {
        return jdbc.sql("update jobs set status = 'RUNNING', progress = 0, attempts = attempts + 1,"
                + " started_at = coalesce(started_at, :now) where id = :id and status in ('QUEUED', 'RUNNING')"
                + " returning " + COLUMNS)
                .param("id", jobId).param("now", now()).query(this::row).optional();
    }

    /** False when the job is no longer running (cancelled). */
    boolean progress(UUID jobId, int percent) {
        return jdbc.sql("update jobs set progress = greatest(progress, :progress) where id = :id"
                + " and status = 'RUNNING'")
                .param("progress", percent).param("id", jobId).update() == 1;
    }

    /** Back to the queue, to run again from the start (the service is stopping). */
    void requeue(UUID jobId) {
        jdbc.sql("update jobs set status = 'QUEUED', progress = 0 where id = :id and status = 'RUNNING'")
                .param("id", jobId).update();
    }

    Optional<Row> done(UUID jobId, Map<String, String> links) {
        return jdbc.sql("update jobs set status = 'DONE', progress = 100, finished_at = :now,"
                + " result = cast(:result as jsonb) where id = :id and status = 'RUNNING' returning " + COLUMNS)
                .param("now", now()).param("result", json.writeValueAsString(links)).param("id", jobId)
                .query(this::row).optional();
    }

    Optional<Row> failed(UUID jobId, Job.Problem problem) {
        return jdbc.sql("update jobs set status = 'FAILED', finished_at = :now, error_status = :status,"
                + " error_title = :title, error_detail = :detail where id = :id and status = 'RUNNING'"
                + " returning " + COLUMNS)
                .param("now", now()).param("status", problem.status()).param("title", problem.title())
                .param("detail", problem.detail()).param("id", jobId).query(this::row).optional();
    }

    Optional<Row> cancel(UUID userId, UUID jobId) {
        return jdbc.sql("update jobs set status = 'CANCELLED', finished_at = :now where id = :id and user_id = :user"
                + " and status in ('QUEUED', 'RUNNING') returning " + COLUMNS)
                .param("now", now()).param("id", jobId).param("user", userId).query(this::row).optional();
    }

    /** Finished jobs older than {@code before}, a batch at a time; returns how many were removed. */
    int purgeFinishedBefore(Instant before, int batch) {
        return jdbc.sql("delete from jobs where id in (select id from jobs where finished_at < :before"
                + " limit :batch)")
                .param("before", Timestamp.from(before)).param("batch", batch).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private Row row(ResultSet rs, int rowNum) throws SQLException {
        JobStatus status = JobStatus.valueOf(rs.getString("status"));
        Job.Problem error = status == JobStatus.FAILED
                ? new Job.Problem(URI.create("about:blank"), rs.getString("error_title"), rs.getInt("error_status"),
                        rs.getString("error_detail"))
                : null;
        String result = rs.getString("result");
        Map<String, String> links = result == null ? null : json.readValue(result, LINKS);
        Job job = new Job(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("title"), status,
                rs.getInt("progress"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), error, links);
        return new Row(job, rs.getObject("user_id", UUID.class), rs.getInt("attempts"),
                rs.getBoolean("email_when_done"));
    }
}
