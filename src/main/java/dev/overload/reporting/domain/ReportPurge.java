package dev.overload.reporting.domain;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Removes expired reports with their files, a batch at a time; a report is gone for its user from its expiry. */
@Component
public class ReportPurge {

    private static final Logger log = LoggerFactory.getLogger(ReportPurge.class);
    private static final int BATCH = 500;

    private final ReportStore store;
    private final ReportFiles files;
    private final Clock clock;

    ReportPurge(ReportStore store, ReportFiles files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    public int purge() {
        int removed = 0;
        List<Report> expired;
        do {
            expired = store.expired(clock.instant(), BATCH);
            if (!expired.isEmpty()) {
                store.deleteAll(expired.stream().map(Report::id).toList());
            }
            // The rows first: a file left behind by a failure here is only space, a row without its file an error.
            expired.forEach(report -> files.delete(ReportFiles.pathOf(report.userId(), report.id(), report.format())));
            removed += expired.size();
        } while (expired.size() == BATCH);
        if (removed > 0) {
            log.info("Removed {} expired reports and their files", removed);
        }
        return removed;
    }
}
