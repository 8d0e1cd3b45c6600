package dev.overload.jobs.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.overload.jobs.domain.JobEmails;
import dev.overload.jobs.domain.JobPurge;
import dev.overload.notifications.Emails;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs module's own durable jobs: the emails about finished jobs (through the notifications outbox), and
 * every night at 04:00 UTC the removal of jobs finished longer ago than the retention.
 */
@Configuration(proxyBeanMethods = false)
class JobTasks {

    @Bean
    OneTimeTask<Void> jobFinishedEmailTask(Emails emails) {
        return emails.job(JobEmails.KIND);
    }

    @Bean
    RecurringTask<Void> finishedJobsPurgeTask(JobPurge purge) {
        return Tasks.recurring("jobs-purge", Schedules.daily(ZoneOffset.UTC, LocalTime.of(4, 0)))
                .execute((instance, context) -> purge.purge());
    }
}
