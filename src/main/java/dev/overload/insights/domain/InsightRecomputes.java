package dev.overload.insights.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A user's request to recompute now: a job of its own, once at a time per user. */
@Component
public class InsightRecomputes {

    public static final TaskDescriptor<Void> TASK = TaskDescriptor.of("insights-recompute");

    // The scheduler is built from the tasks, which call into this module: it is looked up when needed.
    private final ObjectProvider<SchedulerClient> jobs;
    private final Clock clock;

    InsightRecomputes(ObjectProvider<SchedulerClient> jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** True when queued now, false when the user's recompute was queued already. */
    public boolean request(UUID userId) {
        return jobs.getObject().scheduleIfNotExists(TASK.instance(userId.toString()).scheduledTo(clock.instant()));
    }
}
