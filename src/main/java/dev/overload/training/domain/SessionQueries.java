package dev.overload.training.domain;

import dev.overload.shared.paging.SqlFilter;
import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.training.RecordType;
import dev.overload.training.SessionStatus;
import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading sessions in SQL with a fixed number of statements: the sessions, then all their exercises, sets,
 * progression results and records (each keyed by session id), then the exercise names.
 */
@Component
public class SessionQueries {

    private static final String SESSION_COLUMNS = """
            s.id, s.training_plan_id, s.training_plan_day_id, s.user_id, s.schedule_id, s.scheduled_start, s.title, s.session_date,
            s.status, s.started_at, s.ended_at, s.duration_minutes, s.comments, s.mesocycle_name,
            s.session_number, s.version""";

    private static final String EXERCISES = """
            select id, training_session_id, exercise_id, training_plan_exercise_id, order_index, stimulus, fatigue
            from session_exercises where training_session_id = any(:parents)
            order by training_session_id, order_index""";
    private static final String SETS = """
            select id, training_session_id, session_exercise_id, set_index, expected_reps, expected_weight,
                   actual_reps, actual_weight, rir, status, completed_at
            from session_sets where training_session_id = any(:parents)""";
    private static final String PROGRESSIONS = """
            select training_session_id, exercise_id, success, consecutive_failures, deloaded, weights_before,
                   weights_after, capped
            from session_progressions where training_session_id = any(:parents) order by created_at, id""";
    private static final String RECORDS = """
            select id, exercise_id, record_type, record_value, weight, reps, training_session_id, session_set_id,
                   achieved_at
            from personal_records where training_session_id = any(:parents)
            order by exercise_id, record_type, weight""";

    /** What session lists sort by ({@code sort=-session_date}, or {@code order}, by default): API field to SQL. */
    private static final Map<String, String> SESSION_ORDER = Map.of("session_date", "s.session_date", "created_at",
            "s.created_at", "status", "s.status", "title", "s.title", "session_number",
            "s.session_number");

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;

    SessionQueries(JdbcClient jdbc, ExerciseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public SessionView session(UUID userId, UUID sessionId) {
        List<SessionView.Summary> rows = jdbc.sql("select " + SESSION_COLUMNS + " from training_sessions s"
                + " where s.id = :id and s.user_id = :user")
                .param("id", sessionId).param("user", userId)
                .query(SessionQueries::row).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Training session");
        }
        return withDetails(rows).getFirst();
    }

    public ResultPage<SessionView> sessions(UUID userId, SessionFilter filter, PageParams page) {
        if (filter.dateFrom() != null && filter.dateTo() != null && filter.dateTo().isBefore(filter.dateFrom())) {
            throw new InvalidFieldException("date_to", "must not be before date_from");
        }
        SqlFilter sql = new SqlFilter("from training_sessions s").where("s.user_id = :user", "user", userId)
                .when(filter.status(), "s.status = :status", "status", SessionStatus::name)
                .when(filter.dateFrom(), "s.session_date >= :from", "from",
                        from -> Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .when(filter.dateTo(), "s.session_date < :to", "to",
                        to -> Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        String direction = filter.ascending() ? "asc" : "desc";
        Sort byDate = Sort.by(filter.ascending() ? Sort.Order.asc("session_date") : Sort.Order.desc("session_date"));
        ResultPage<SessionView.Summary> rows = SqlPages.page(jdbc, SESSION_COLUMNS, sql,
                page.orderBy(SESSION_ORDER, byDate, "s.id " + direction), page, SessionQueries::row);
        return new ResultPage<>(withDetails(rows.items()), rows.total());
    }

    /** Each level for all the sessions at once: exercises, sets, progression results, records. */
    private List<SessionView> withDetails(List<SessionView.Summary> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = sessions.stream().map(SessionView.Summary::id).toList();
        Map<UUID, List<ExerciseRow>> exercises = SqlPages.byParent(jdbc, EXERCISES, ids, "training_session_id",
                SessionQueries::exercise);
        Map<UUID, ExerciseRow> exerciseById = new HashMap<>();
        exercises.values().forEach(list -> list.forEach(exercise -> exerciseById.put(exercise.id(), exercise)));
        Map<UUID, String> names = catalog.names(exerciseById.values().stream().map(ExerciseRow::exerciseId)
                .distinct().toList());
        Map<UUID, List<SessionView.Set>> sets = SqlPages.byParent(jdbc, SETS, ids, "training_session_id",
                (rs, n) -> set(rs, exerciseById.get(rs.getObject("session_exercise_id", UUID.class))));
        // Sets come in exercise order, which the exercises above already give: joining them again in SQL cost an
        // index probe per set (EXPLAIN in the benchmark note).
        sets.values().forEach(list -> list.sort(Comparator
                .comparing((SessionView.Set set) -> exerciseById.get(set.sessionExerciseId()).orderIndex())
                .thenComparingInt(SessionView.Set::setIndex)));
        Map<UUID, List<SessionView.Progression>> progressions = SqlPages.byParent(jdbc, PROGRESSIONS, ids,
                "training_session_id", SessionQueries::progression);
        Map<UUID, List<SessionView.Record>> records = SqlPages.byParent(jdbc, RECORDS, ids, "training_session_id",
                (rs, n) -> record(rs, names));
        return sessions.stream().map(session -> new SessionView(session,
                exercises.getOrDefault(session.id(), List.of()).stream().map(exercise -> exercise.toView(names))
                        .toList(),
                sets.getOrDefault(session.id(), List.of()), progressions.getOrDefault(session.id(), List.of()),
                records.getOrDefault(session.id(), List.of())))
                .toList();
    }

    private static ExerciseRow exercise(ResultSet rs, int rowNum) throws SQLException {
        return new ExerciseRow(rs.getObject("id", UUID.class), rs.getObject("exercise_id", UUID.class),
                rs.getObject("training_plan_exercise_id", UUID.class), rs.getInt("order_index"),
                rs.getObject("stimulus", Integer.class), rs.getObject("fatigue", Integer.class));
    }

    private static SessionView.Set set(ResultSet rs, ExerciseRow exercise) throws SQLException {
        return new SessionView.Set(rs.getObject("id", UUID.class), exercise.id(), exercise.exerciseId(),
                exercise.plannedExerciseId(), rs.getInt("set_index"), rs.getObject("expected_reps", Integer.class),
                rs.getBigDecimal("expected_weight"), rs.getObject("actual_reps", Integer.class),
                rs.getBigDecimal("actual_weight"), rs.getObject("rir", Integer.class),
                SetStatus.valueOf(rs.getString("status")), instant(rs, "completed_at"));
    }

    private static SessionView.Progression progression(ResultSet rs, int rowNum) throws SQLException {
        return new SessionView.Progression(rs.getObject("exercise_id", UUID.class), rs.getBoolean("success"),
                rs.getInt("consecutive_failures"), rs.getBoolean("deloaded"), decimals(rs.getArray("weights_before")),
                decimals(rs.getArray("weights_after")), rs.getBoolean("capped"));
    }

    static SessionView.Record record(ResultSet rs, Map<UUID, String> names) throws SQLException {
        UUID exerciseId = rs.getObject("exercise_id", UUID.class);
        return new SessionView.Record(rs.getObject("id", UUID.class), exerciseId, names.get(exerciseId),
                RecordType.valueOf(rs.getString("record_type")), rs.getBigDecimal("record_value"),
                rs.getBigDecimal("weight"), rs.getObject("reps", Integer.class),
                rs.getObject("training_session_id", UUID.class), rs.getObject("session_set_id", UUID.class),
                instant(rs, "achieved_at"));
    }

    private static List<BigDecimal> decimals(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((BigDecimal[]) array.getArray());
    }

    private static SessionView.Summary row(ResultSet rs, int rowNum) throws SQLException {
        return new SessionView.Summary(rs.getObject("id", UUID.class), rs.getObject("training_plan_id", UUID.class),
                rs.getObject("training_plan_day_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("schedule_id", UUID.class), instant(rs, "scheduled_start"), rs.getString("title"),
                instant(rs, "session_date"),
                SessionStatus.valueOf(rs.getString("status")), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getObject("duration_minutes", Integer.class), rs.getString("comments"),
                rs.getString("mesocycle_name"), rs.getObject("session_number", Integer.class), rs.getLong("version"));
    }

    private record ExerciseRow(UUID id, UUID exerciseId, UUID plannedExerciseId, int orderIndex, Integer stimulus,
            Integer fatigue) {

        SessionView.Exercise toView(Map<UUID, String> names) {
            return new SessionView.Exercise(id, exerciseId, names.get(exerciseId), plannedExerciseId, orderIndex,
                    stimulus, fatigue);
        }
    }
}
