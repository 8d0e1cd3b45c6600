package dev.overload.training.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.DateRange;
import dev.overload.training.SetStatus;
import dev.overload.training.TrainingSessions.ExerciseSet;
import dev.overload.training.TrainingSessions.PerformedExercise;
import dev.overload.training.TrainingSessions.PerformedSession;
import dev.overload.training.TrainingSessions.PerformedSet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completed sessions of a range as reports read them: every session with its exercises and sets in one
 * statement (the sessions of the range by the owner's index, their exercises and sets by session), and one
 * exercise's sets by the (user, exercise) index.
 */
@Component
class PerformedQueries {

    /** Only for a set with reps and load. */
    private static final String EPLEY = "case when ss.actual_reps > 0 and ss.actual_weight > 0 then "
            + SetFormulas.EPLEY + " end";

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;

    PerformedQueries(JdbcClient jdbc, ExerciseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    List<PerformedSession> performed(UUID userId, DateRange range, ZoneId zone) {
        record Row(UUID sessionId, PerformedSession session, UUID exerciseRowId, UUID exerciseId, int orderIndex,
                PerformedSet set) {
        }
        List<Row> rows = jdbc.sql("""
                select s.id, (s.session_date at time zone :zone)::date as day, s.title, s.training_plan_id,
                       s.training_plan_day_id, s.started_at, s.ended_at, s.duration_minutes, s.comments,
                       se.id as se_id, se.exercise_id, se.order_index, ss.set_index, ss.status as set_status,
                       ss.expected_reps, ss.expected_weight, ss.actual_reps, ss.actual_weight, ss.rir
                from training_sessions s
                left join session_exercises se on se.training_session_id = s.id
                left join session_sets ss on ss.session_exercise_id = se.id
                where s.user_id = :user and s.status = 'COMPLETED' and s.session_date >= :from and s.session_date < :to
                order by s.session_date, s.id, se.order_index, ss.set_index""")
                .params(window(userId, range, zone))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), session(rs),
                        rs.getObject("se_id", UUID.class), rs.getObject("exercise_id", UUID.class),
                        rs.getInt("order_index"), set(rs)))
                .list();
        Map<UUID, String> names = catalog.names(rows.stream().map(Row::exerciseId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<UUID, PerformedSession> sessions = new LinkedHashMap<>();
        Map<UUID, PerformedExercise> exercises = new LinkedHashMap<>();
        for (Row row : rows) {
            PerformedSession session = sessions.computeIfAbsent(row.sessionId(), id -> row.session());
            if (row.exerciseRowId() == null) {
                continue;
            }
            PerformedExercise exercise = exercises.computeIfAbsent(row.exerciseRowId(), id -> {
                PerformedExercise created = new PerformedExercise(row.exerciseId(), names.get(row.exerciseId()),
                        row.orderIndex(), new ArrayList<>());
                session.exercises().add(created);
                return created;
            });
            if (row.set() != null) {
                exercise.sets().add(row.set());
            }
        }
        return List.copyOf(sessions.values());
    }

    List<ExerciseSet> exerciseSets(UUID userId, UUID exerciseId, DateRange range, ZoneId zone) {
        return jdbc.sql("""
                select s.id, (s.session_date at time zone :zone)::date as day, ss.set_index, ss.actual_reps,
                       coalesce(ss.actual_weight, 0) as weight, ss.rir, %s as e1rm
                from session_exercises se
                join training_sessions s on s.id = se.training_session_id
                join session_sets ss on ss.session_exercise_id = se.id
                where se.user_id = :user and se.exercise_id = :exercise and s.status = 'COMPLETED'
                  and ss.status = 'COMPLETED' and ss.actual_reps is not null
                  and s.session_date >= :from and s.session_date < :to
                order by s.session_date, s.id, se.order_index, ss.set_index""".formatted(EPLEY))
                .params(window(userId, range, zone)).param("exercise", exerciseId)
                .query((rs, n) -> new ExerciseSet(rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class),
                        rs.getInt("set_index"), rs.getInt("actual_reps"), rs.getBigDecimal("weight"),
                        rs.getObject("rir", Integer.class), rs.getBigDecimal("e1rm")))
                .list();
    }

    private static PerformedSession session(ResultSet rs) throws SQLException {
        return new PerformedSession(rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class),
                rs.getString("title"), rs.getObject("training_plan_id", UUID.class),
                rs.getObject("training_plan_day_id", UUID.class), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getObject("duration_minutes", Integer.class), rs.getString("comments"), new ArrayList<>());
    }

    private static PerformedSet set(ResultSet rs) throws SQLException {
        String status = rs.getString("set_status");
        if (status == null) {
            return null;
        }
        return new PerformedSet(rs.getInt("set_index"), SetStatus.valueOf(status),
                rs.getObject("expected_reps", Integer.class), rs.getBigDecimal("expected_weight"),
                rs.getObject("actual_reps", Integer.class), rs.getBigDecimal("actual_weight"),
                rs.getObject("rir", Integer.class));
    }

    private static Map<String, Object> window(UUID userId, DateRange range, ZoneId zone) {
        return Map.of("user", userId, "zone", zone.getId(),
                "from", Timestamp.from(range.from().atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(range.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
}
