package dev.overload;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Completed sessions whose totals (issue 18, docs/decisions/session-totals.md) or whose totals per exercise
 * (docs/decisions/session-exercise-totals.md) are not what their completed sets add up to, counted from the sets as
 * the statistics counted before the totals.
 */
public final class SessionTotalsCheck {

    private static final String WRONG_TOTALS = """
            select count(*) from training_sessions s join users u on u.id = s.user_id
            cross join lateral (
                select count(*) as sets, coalesce(sum(ss.actual_reps * coalesce(ss.actual_weight, 0)), 0) as volume,
                       coalesce(sum(ss.rir), 0) as rir_total, count(ss.rir) as rir_sets
                from session_sets ss where ss.training_session_id = s.id and ss.status = 'COMPLETED') t
            where u.username ~ :names and s.status = 'COMPLETED'
              and (s.completed_sets, s.volume_kg, s.rir_total, s.rir_sets)
                  is distinct from (t.sets, t.volume, t.rir_total, t.rir_sets)""";

    /**
     * Per session and exercise, the hard sets and the best estimated 1RM (with its set's weight and reps) of the
     * completed sets, against the stored rows: a row missing, one too many (a session not completed, an exercise
     * without a completed set) or one that differs each count.
     */
    private static final String WRONG_EXERCISE_TOTALS = """
            with sets as (
                select s.id as session_id, s.user_id, s.session_date, se.exercise_id, ss.actual_weight,
                       ss.actual_reps, ss.rir is null or ss.rir <= 3 as hard,
                       case when ss.actual_reps > 0 and ss.actual_weight > 0
                            then case when ss.actual_reps = 1 then ss.actual_weight
                                      else round(ss.actual_weight * (1 + ss.actual_reps / 30.0), 3) end end as e1rm
                from training_sessions s join users u on u.id = s.user_id
                join session_sets ss on ss.training_session_id = s.id
                join session_exercises se on se.id = ss.session_exercise_id
                where u.username ~ :names and s.status = 'COMPLETED' and ss.status = 'COMPLETED'),
            expected as (
                select session_id, user_id, exercise_id, session_date, count(*) filter (where hard) as hard_sets,
                       max(e1rm) as e1rm_kg
                from sets group by session_id, user_id, exercise_id, session_date),
            stored as (
                select t.* from session_exercise_totals t join users u on u.id = t.user_id
                where u.username ~ :names)
            select count(*) from expected e
            full join stored t on t.training_session_id = e.session_id and t.exercise_id = e.exercise_id
            where (t.user_id, t.session_date, t.hard_sets, t.e1rm_kg)
                      is distinct from (e.user_id, e.session_date, e.hard_sets, e.e1rm_kg)
               or t.e1rm_kg is not null and not exists (
                      select 1 from sets b where b.session_id = t.training_session_id
                        and b.exercise_id = t.exercise_id and b.e1rm = t.e1rm_kg
                        and b.actual_weight = t.e1rm_weight_kg and b.actual_reps = t.e1rm_reps)
               or t.e1rm_kg is null and (t.e1rm_weight_kg is not null or t.e1rm_reps is not null)""";

    private SessionTotalsCheck() {
    }

    /**
     * How many totals of the users whose names match the regular expression are wrong: completed sessions' and
     * their exercises'.
     */
    public static long wrongTotals(JdbcClient jdbc, String usernames) {
        return jdbc.sql(WRONG_TOTALS).param("names", usernames).query(Long.class).single()
                + jdbc.sql(WRONG_EXERCISE_TOTALS).param("names", usernames).query(Long.class).single();
    }
}
