package dev.overload.jobs.domain;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Forgets jobs finished longer ago than {@code overload.jobs.retention}, a batch at a time. */
@Component
public class JobPurge {

    private static final Logger log = LoggerFactory.getLogger(JobPurge.class);
    private static final int BATCH = 1000;

    private final JobStore store;
    private final Duration retention;
    private final Clock clock;

    JobPurge(JobStore store, @Value("${overload.jobs.retention:90d}") Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    public int purge() {
        int removed = 0;
        int batch;
        do {
            batch = store.purgeFinishedBefore(clock.instant().minus(retention), BATCH);
            removed += batch;
        } while (batch == BATCH);
        log.info("Removed {} jobs finished before the retention of {}", removed, retention);
        return removed;
    }
}
