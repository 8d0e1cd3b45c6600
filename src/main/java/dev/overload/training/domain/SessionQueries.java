package dev.overload.training.domain;

import static dev.overload.shared.SqlValues.instant;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.InvalidFieldException;
import dev.overload.shared.NotFoundException;
import dev.overload.shared.PageParams;
import dev.overload.shared.ResultPage;
import dev.overload.training.RecordType;
import dev.overload.training.SessionStatus;
import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
            s.session_number, count(*) over () as total""";

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;

    SessionQueries(JdbcClient jdbc, ExerciseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public SessionView session(UUID userId, UUID sessionId) {
        List<Row> rows = jdbc.sql("select " + SESSION_COLUMNS + " from training_sessions s"
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
        StringBuilder where = new StringBuilder(" where s.user_id = :user");
        Map<String, Object> params = new HashMap<>(Map.of("user", userId, "limit", page.limitOrDefault(),
                "offset", page.offsetOrDefault()));
        if (filter.status() != null) {
            where.append(" and s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.dateFrom() != null) {
            where.append(" and s.session_date >= :from");
            params.put("from", Timestamp.from(filter.dateFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.dateTo() != null) {
            where.append(" and s.session_date < :to");
            params.put("to", Timestamp.from(filter.dateTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        String direction = filter.ascending() ? "asc" : "desc";
        List<Row> rows = jdbc.sql("select " + SESSION_COLUMNS + " from training_sessions s" + where
                + " order by s.session_date " + direction + ", s.id " + direction
                + " limit :limit offset :offset")
                .params(params).query(SessionQueries::row).list();
        long total = !rows.isEmpty() ? rows.getFirst().total()
                : jdbc.sql("select count(*) from training_sessions s" + where).params(params).query(Long.class)
                        .single();
        return new ResultPage<>(withDetails(rows), total);
    }

    private List<SessionView> withDetails(List<Row> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        UUID[] ids = sessions.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, UUID> exerciseOfSessionExercise = new HashMap<>();
        Map<UUID, UUID> slotOfSessionExercise = new HashMap<>();
        List<ExerciseRow> exercises = jdbc.sql("""
                select id, training_session_id, exercise_id, training_plan_exercise_id, order_index, stimulus,
                       fatigue
                from session_exercises where training_session_id = any(:ids)
                order by training_session_id, order_index""")
                .param("ids", ids)
                .query((rs, n) -> new ExerciseRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5),
                        rs.getObject(6, Integer.class), rs.getObject(7, Integer.class)))
                .list();
        exercises.forEach(exercise -> {
            exerciseOfSessionExercise.put(exercise.id(), exercise.exerciseId());
            if (exercise.plannedExerciseId() != null) {
                slotOfSessionExercise.put(exercise.id(), exercise.plannedExerciseId());
            }
        });
        Map<UUID, String> names = catalog.names(exercises.stream().map(ExerciseRow::exerciseId).distinct().toList());

        // Sets come in exercise order, which the exercises above already give: joining them again in SQL cost an
        // index probe per set (EXPLAIN in the benchmark note).
        Map<UUID, Integer> exerciseOrder = new HashMap<>();
        exercises.forEach(exercise -> exerciseOrder.put(exercise.id(), exercise.orderIndex()));
        Map<UUID, List<SessionView.Set>> sets = new HashMap<>();
        jdbc.sql("""
                select id, training_session_id, session_exercise_id, set_index, expected_reps, expected_weight,
                       actual_reps, actual_weight, rir, status, completed_at
                from session_sets where training_session_id = any(:ids)""")
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID sessionExerciseId = rs.getObject(3, UUID.class);
                    sets.computeIfAbsent(rs.getObject(2, UUID.class), id -> new ArrayList<>()).add(new SessionView.Set(
                            rs.getObject(1, UUID.class), sessionExerciseId,
                            exerciseOfSessionExercise.get(sessionExerciseId),
                            slotOfSessionExercise.get(sessionExerciseId), rs.getInt(4), rs.getObject(5, Integer.class),
                            rs.getBigDecimal(6), rs.getObject(7, Integer.class), rs.getBigDecimal(8),
                            rs.getObject(9, Integer.class), SetStatus.valueOf(rs.getString(10)), instant(rs, 11)));
                    return null;
                }).list();
        sets.values().forEach(list -> list.sort(Comparator
                .comparing((SessionView.Set set) -> exerciseOrder.get(set.sessionExerciseId()))
                .thenComparingInt(SessionView.Set::setIndex)));

        Map<UUID, List<SessionView.Progression>> progressions = new HashMap<>();
        jdbc.sql("""
                select training_session_id, exercise_id, success, consecutive_failures, deloaded, weights_before,
                       weights_after
                from session_progressions where training_session_id = any(:ids) order by created_at, id""")
                .param("ids", ids)
                .query((rs, n) -> progressions.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new SessionView.Progression(rs.getObject(2, UUID.class), rs.getBoolean(3), rs.getInt(4),
                                rs.getBoolean(5), decimals(rs.getArray(6)), decimals(rs.getArray(7)))))
                .list();

        Map<UUID, List<SessionView.Record>> records = new HashMap<>();
        jdbc.sql("""
                select id, exercise_id, record_type, record_value, weight, reps, training_session_id,
                       session_set_id, achieved_at
                from personal_records where training_session_id = any(:ids)
                order by exercise_id, record_type, weight""")
                .param("ids", ids)
                .query((rs, n) -> records.computeIfAbsent(rs.getObject(7, UUID.class), id -> new ArrayList<>())
                        .add(record(rs, names)))
                .list();

        Map<UUID, List<SessionView.Exercise>> exercisesBySession = new HashMap<>();
        exercises.forEach(exercise -> exercisesBySession.computeIfAbsent(exercise.sessionId(), id -> new ArrayList<>())
                .add(new SessionView.Exercise(exercise.id(), exercise.exerciseId(), names.get(exercise.exerciseId()),
                        exercise.plannedExerciseId(), exercise.orderIndex(), exercise.stimulus(), exercise.fatigue())));
        return sessions.stream().map(session -> session.toView(
                exercisesBySession.getOrDefault(session.id(), List.of()), sets.getOrDefault(session.id(), List.of()),
                progressions.getOrDefault(session.id(), List.of()), records.getOrDefault(session.id(), List.of())))
                .toList();
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

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("training_plan_id", UUID.class),
                rs.getObject("training_plan_day_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("schedule_id", UUID.class), instant(rs, "scheduled_start"), rs.getString("title"),
                instant(rs, "session_date"),
                SessionStatus.valueOf(rs.getString("status")), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getObject("duration_minutes", Integer.class), rs.getString("comments"),
                rs.getString("mesocycle_name"), rs.getObject("session_number", Integer.class), rs.getLong("total"));
    }

    private record Row(UUID id, UUID trainingPlanId, UUID trainingPlanDayId, UUID userId, UUID scheduleId,
            Instant scheduledStart, String title, Instant sessionDate, SessionStatus status, Instant startedAt,
            Instant endedAt,
            Integer durationMinutes, String comments, String mesocycleName, Integer sessionNumber, long total) {

        SessionView toView(List<SessionView.Exercise> exercises, List<SessionView.Set> sets,
                List<SessionView.Progression> progression, List<SessionView.Record> records) {
            return new SessionView(id, trainingPlanId, trainingPlanDayId, userId, scheduleId, scheduledStart, title,
                    sessionDate, status, startedAt, endedAt, durationMinutes, comments, mesocycleName, sessionNumber,
                    exercises,
                    sets, progression, records);
        }
    }

    private record ExerciseRow(UUID id, UUID sessionId, UUID exerciseId, UUID plannedExerciseId, int orderIndex,
            Integer stimulus, Integer fatigue) {
    }
}
