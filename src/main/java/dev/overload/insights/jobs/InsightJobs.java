package dev.overload.insights.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.overload.insights.domain.InsightComputation;
import dev.overload.insights.domain.InsightRecomputes;
import dev.overload.insights.domain.StaleInsights;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Insights' durable jobs: every night at 03:00 UTC the users whose data changed are recomputed (on one
 * instance); a user's own request to recompute is a job of its own.
 */
@Configuration(proxyBeanMethods = false)
class InsightJobs {

    @Bean
    RecurringTask<Void> nightlyInsightsTask(StaleInsights stale) {
        return Tasks.recurring("insights-nightly", Schedules.daily(LocalTime.of(3, 0)))
                .execute((instance, context) -> stale.recomputeStale());
    }

    @Bean
    OneTimeTask<Void> insightsRecomputeTask(InsightComputation computation) {
        return Tasks.oneTime(InsightRecomputes.TASK)
                .execute((instance, context) -> computation.recompute(UUID.fromString(instance.getId())));
    }
}
