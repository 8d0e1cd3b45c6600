package dev.overload.insights.domain;

import dev.overload.jobs.Job;
import dev.overload.jobs.Jobs;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's request to recompute now: a job (/api/jobs/{id}), one waiting at a time per user. */
@Component
public class InsightRecomputes {

    public static final String JOB_TYPE = "INSIGHTS_RECOMPUTE";
    /** Recomputes are short: two at a time on an instance leave the scheduler's other threads free. */
    public static final int WORKERS = 2;

    private final Jobs jobs;
    private final StaleInsights stale;

    InsightRecomputes(Jobs jobs, StaleInsights stale) {
        this.jobs = jobs;
        this.stale = stale;
    }

    /** The user's waiting recompute if one is queued, else a new one. */
    @Transactional
    public Job request(UUID userId) {
        return jobs.submitOnce(userId, JOB_TYPE, "Insights recompute");
    }

    /** The job's work: the user's insights computed anew, and no longer marked for the nightly run. */
    public Map<String, String> run(UUID userId) {
        stale.recomputeNow(userId);
        return Map.of("insights", "/api/insights");
    }
}
