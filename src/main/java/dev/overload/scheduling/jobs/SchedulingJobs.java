package dev.overload.scheduling.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.overload.notifications.Emails;
import dev.overload.scheduling.domain.ReminderEmails;
import dev.overload.scheduling.domain.Reminders;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's durable job on db-scheduler: it lives in the database, so it survives restarts, and each
 * execution is picked by one instance only. The reminder job runs every {@code reminder-interval}; the
 * reminder emails it queues go through the notifications outbox.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingJobs {

    @Bean
    RecurringTask<Void> workoutRemindersTask(Reminders reminders,
            @Value("${overload.scheduling.reminder-interval}") Duration interval) {
        return Tasks.recurring("workout-reminders", FixedDelay.of(interval)).execute((instance, context) -> {
            while (reminders.remindDue() > 0) {
                // Another batch may be due: a long outage leaves many.
            }
        });
    }

    @Bean
    OneTimeTask<Void> reminderEmailTask(Emails emails) {
        return emails.job(ReminderEmails.KIND);
    }
}
