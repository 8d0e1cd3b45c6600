package dev.overload.training.domain;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * A new session written from its view in one statement, whatever its size: the session row, its exercises and its
 * sets, one insert per table (issue 18: PostgreSQL then executes three inserts instead of one per row). The ids
 * are the ones made in memory, so the view answers without reading back. A started session's exercises are not
 * rated and its sets are pending: those columns keep their defaults.
 */
@Component
class SessionInserts {

    private final JdbcClient jdbc;

    SessionInserts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SessionView view, Instant now) {
        SessionView.Summary session = view.session();
        List<SessionView.Exercise> exercises = view.exercises();
        List<SessionView.Set> sets = view.sets();
        jdbc.sql("""
                with new_session as (
                    insert into training_sessions (id, user_id, training_plan_id, training_plan_day_id, schedule_id,
                        scheduled_start, title, status, session_date, started_at, ended_at, duration_minutes,
                        comments, mesocycle_name, session_number, created_at, updated_at)
                    values (:session, :user, :plan, :day, :schedule, :scheduledStart, :title, :status, :date,
                        :startedAt, :endedAt, :duration, :comments, :mesocycle, :number, :now, :now)),
                new_exercises as (
                    insert into session_exercises (id, user_id, training_session_id, exercise_id,
                        training_plan_exercise_id, order_index, created_at, updated_at)
                    select id, :user, :session, exercise_id, slot_id, order_index, :now, :now
                    from unnest(:exerciseIds, :exercises, :slots, :orders) as e(id, exercise_id, slot_id, order_index))
                insert into session_sets (id, user_id, training_session_id, session_exercise_id, set_index,
                    expected_reps, expected_weight, created_at, updated_at)
                select id, :user, :session, exercise_id, set_index, reps, weight, :now, :now
                from unnest(:setIds, :setExercises, :setIndexes, :reps, :weights)
                    as s(id, exercise_id, set_index, reps, weight)""")
                .param("session", session.id())
                .param("user", session.userId())
                .param("plan", session.trainingPlanId(), Types.OTHER)
                .param("day", session.trainingPlanDayId(), Types.OTHER)
                .param("schedule", session.scheduleId(), Types.OTHER)
                .param("scheduledStart", timestamp(session.scheduledStart()), Types.TIMESTAMP)
                .param("title", session.title(), Types.VARCHAR)
                .param("status", session.status().name())
                .param("date", timestamp(session.sessionDate()))
                .param("startedAt", timestamp(session.startedAt()), Types.TIMESTAMP)
                .param("endedAt", timestamp(session.endedAt()), Types.TIMESTAMP)
                .param("duration", session.durationMinutes(), Types.INTEGER)
                .param("comments", session.comments(), Types.VARCHAR)
                .param("mesocycle", session.mesocycleName(), Types.VARCHAR)
                .param("number", session.sessionNumber(), Types.INTEGER)
                .param("now", timestamp(now))
                .param("exerciseIds", array("uuid", exercises, SessionView.Exercise::id))
                .param("exercises", array("uuid", exercises, SessionView.Exercise::exerciseId))
                .param("slots", array("uuid", exercises, SessionView.Exercise::trainingPlanExerciseId))
                .param("orders", array("int4", exercises, SessionView.Exercise::orderIndex))
                .param("setIds", array("uuid", sets, SessionView.Set::id))
                .param("setExercises", array("uuid", sets, SessionView.Set::sessionExerciseId))
                .param("setIndexes", array("int4", sets, SessionView.Set::setIndex))
                .param("reps", array("int4", sets, SessionView.Set::expectedReps))
                .param("weights", array("numeric", sets, SessionView.Set::expectedWeightKg))
                .update();
    }

    private static <T> SqlArrayValue array(String type, List<T> rows, Function<T, Object> column) {
        return new SqlArrayValue(type, rows.stream().map(column).toArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
