package dev.overload.training.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A completed session's totals on its own row: its completed sets, their volume, and the sum and count of their
 * RIRs, which the statistics read instead of the sets (docs/decisions/session-totals.md). Counted from the sets in
 * the database when the session is completed; the sets of a completed session no longer change, so whatever
 * completes a session, or one day changes the sets of a completed one, calls {@link #count}.
 */
@Component
class SessionTotals {

    private final JdbcClient jdbc;

    SessionTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement; the session's sets must be written. */
    void count(UUID sessionId) {
        jdbc.sql("""
                update training_sessions s
                set completed_sets = t.sets, volume_kg = t.volume, rir_total = t.rir_total, rir_sets = t.rir_sets
                from (select count(*) as sets, coalesce(sum(%s), 0) as volume,
                             coalesce(sum(ss.rir), 0) as rir_total, count(ss.rir) as rir_sets
                      from session_sets ss where ss.training_session_id = :session and ss.status = 'COMPLETED') t
                where s.id = :session""".formatted(SetFormulas.VOLUME))
                .param("session", sessionId).update();
    }
}
