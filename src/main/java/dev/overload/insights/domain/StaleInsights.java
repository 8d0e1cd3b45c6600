package dev.overload.insights.domain;

import dev.overload.training.SessionCompleted;
import dev.overload.wellness.DailyMetricsRecorded;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which users' insights are out of date: a completed session or a recorded day marks its user stale; the
 * nightly job recomputes the stale users, a batch at a time, and clears a mark only if nothing marked the
 * user again meanwhile (a later mark is kept for the next night). A user whose recompute fails is logged and
 * left for the next night too, after the others.
 */
@Component
public class StaleInsights {

    private static final Logger log = LoggerFactory.getLogger(StaleInsights.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final InsightComputation computation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StaleInsights(JdbcClient jdbc, InsightComputation computation, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.computation = computation;
        this.transaction = transaction;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionCompleted event) {
        markStale(event.userId());
    }

    @ApplicationModuleListener
    void on(DailyMetricsRecorded event) {
        markStale(event.userId());
    }

    void markStale(UUID userId) {
        jdbc.sql("insert into insight_staleness (user_id, stale_since) values (:user, :now) "
                + "on conflict (user_id) do update set stale_since = excluded.stale_since")
                .param("user", userId).param("now", Timestamp.from(clock.instant())).update();
    }

    /** Recomputes every stale user; returns how many. */
    public int recomputeStale() {
        int done = 0;
        List<UUID> failed = new java.util.ArrayList<>();
        List<Stale> batch;
        do {
            batch = jdbc.sql("""
                    select user_id, stale_since from insight_staleness where user_id <> all(:failed)
                    order by stale_since limit :batch""")
                    .param("failed", failed.toArray(UUID[]::new)).param("batch", BATCH)
                    .query((rs, n) -> new Stale(rs.getObject(1, UUID.class), rs.getTimestamp(2)))
                    .list();
            for (Stale stale : batch) {
                try {
                    recompute(stale.userId(), stale.since());
                    done++;
                } catch (RuntimeException e) {
                    log.error("Recomputing the insights of user {} failed", stale.userId(), e);
                    failed.add(stale.userId());
                }
            }
        } while (batch.size() == BATCH);
        log.info("Recomputed the insights of {} users", done);
        return done;
    }

    /** Recomputes the user's insights now (a job they asked for), so the nightly run need not do it again. */
    void recomputeNow(UUID userId) {
        recompute(userId, Timestamp.from(clock.instant()));
    }

    /** A mark made after {@code since} (by a change during the computation) stays for the next run. */
    private void recompute(UUID userId, Timestamp since) {
        transaction.executeWithoutResult(status -> {
            computation.recompute(userId);
            jdbc.sql("delete from insight_staleness where user_id = :user and stale_since <= :since")
                    .param("user", userId).param("since", since).update();
        });
    }

    private record Stale(UUID userId, Timestamp since) {
    }
}
