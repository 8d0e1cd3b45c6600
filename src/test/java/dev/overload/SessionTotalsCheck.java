package dev.overload;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Completed sessions whose totals (issue 18, docs/decisions/session-totals.md) are not what their completed sets add
 * up to, counted from the sets as the statistics counted before the totals.
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

    private SessionTotalsCheck() {
    }

    /** How many completed sessions of the users whose names match the regular expression have wrong totals. */
    public static long wrongTotals(JdbcClient jdbc, String usernames) {
        return jdbc.sql(WRONG_TOTALS).param("names", usernames).query(Long.class).single();
    }
}
