package dev.overload.insights.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.overload.insights.domain.InsightRecomputes;
import dev.overload.insights.domain.StaleInsights;
import dev.overload.jobs.Jobs;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Insights' durable jobs: every night at 03:00 UTC the users whose data changed are recomputed (on one
 * instance); a user's own request to recompute is a job they follow at /api/jobs/{id}.
 */
@Configuration(proxyBeanMethods = false)
class InsightJobs {

    @Bean
    RecurringTask<Void> nightlyInsightsTask(StaleInsights stale) {
        return Tasks.recurring("insights-nightly", Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 0)))
                .execute((instance, context) -> stale.recomputeStale());
    }

    @Bean
    Task<Void> insightsRecomputeTask(Jobs jobs, InsightRecomputes recomputes) {
        return jobs.task(InsightRecomputes.JOB_TYPE, InsightRecomputes.WORKERS, job -> {
            job.progress(10);
            return recomputes.run(job.userId());
        });
    }
}
