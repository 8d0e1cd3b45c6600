package dev.overload.training.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A completed session's totals: on its own row its completed sets, their volume, and the sum and count of their RIRs
 * (docs/decisions/session-totals.md); per exercise its hard sets and best estimated 1RM, in
 * {@code session_exercise_totals} (docs/decisions/session-exercise-totals.md). The statistics read them instead of
 * the sets. Counted from the sets in the database once, when the session is completed; the sets of a completed
 * session no longer change. A feature that changes them must delete the session's exercise totals and call
 * {@link #count} again.
 */
@Component
class SessionTotals {

    private final JdbcClient jdbc;

    SessionTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement; the session's row and sets must be written. */
    void count(UUID sessionId) {
        jdbc.sql("""
                with exercises as (
                    insert into session_exercise_totals (training_session_id, user_id, exercise_id, session_date,
                                                         hard_sets, e1rm_kg, e1rm_weight_kg, e1rm_reps)
                    select session_id, user_id, exercise_id, session_date, count(*) filter (where hard), max(e1rm),
                           (array_agg(actual_weight order by e1rm desc, actual_weight desc)
                                filter (where e1rm is not null))[1],
                           (array_agg(actual_reps order by e1rm desc, actual_weight desc)
                                filter (where e1rm is not null))[1]
                    from (select s.id as session_id, s.user_id, se.exercise_id, s.session_date, ss.actual_weight,
                                 ss.actual_reps, %1$s as hard,
                                 case when ss.actual_reps > 0 and ss.actual_weight > 0 then %2$s end as e1rm
                          from training_sessions s
                          join session_sets ss on ss.training_session_id = s.id
                          join session_exercises se on se.id = ss.session_exercise_id
                          where s.id = :session and ss.status = 'COMPLETED') sets
                    group by session_id, user_id, exercise_id, session_date)
                update training_sessions s
                set completed_sets = t.sets, volume_kg = t.volume, rir_total = t.rir_total, rir_sets = t.rir_sets
                from (select count(*) as sets, coalesce(sum(%3$s), 0) as volume,
                             coalesce(sum(ss.rir), 0) as rir_total, count(ss.rir) as rir_sets
                      from session_sets ss where ss.training_session_id = :session and ss.status = 'COMPLETED') t
                where s.id = :session""".formatted(SetFormulas.HARD, SetFormulas.EPLEY, SetFormulas.VOLUME))
                .param("session", sessionId).update();
    }
}
