package dev.overload.scheduling.jobs;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.overload.scheduling.domain.Reminders;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's durable jobs on db-scheduler: they live in the database, so they survive restarts, and each
 * execution is picked by one instance only. The reminder job runs every {@code reminder-interval} on one
 * instance; each reminder email is a job of its own, retried with back-off when SMTP fails.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingJobs {

    private static final int EMAIL_ATTEMPTS = 10;
    private static final Duration FIRST_EMAIL_RETRY = Duration.ofSeconds(30);

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
    OneTimeTask<Void> reminderEmailTask(Reminders reminders) {
        return Tasks.oneTime(Reminders.EMAIL)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(EMAIL_ATTEMPTS,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_EMAIL_RETRY)))
                .execute((instance, context) -> reminders.sendEmail(UUID.fromString(instance.getId())));
    }
}
