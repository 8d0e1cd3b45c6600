package dev.overload.notifications.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.Emails;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The outbox: each queued email is an instance of its kind's db-scheduler job, named by its reference, so
 * queuing it twice queues it once. The job asks the kind's composer for the email and sends it; while SMTP
 * fails it is retried with exponential back-off (30 s, 1 min, 2 min, …), ten attempts in all.
 */
@Component
class EmailOutbox implements Emails {

    private static final int ATTEMPTS = 10;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

    // Composers may queue emails themselves: they are looked up when a job is made, not at construction.
    private final ObjectProvider<EmailComposer> composers;
    private final Mailer mailer;
    // The scheduler is built from the tasks, which call this class: it is looked up when first needed.
    private final ObjectProvider<SchedulerClient> jobs;
    private final Clock clock;

    EmailOutbox(ObjectProvider<EmailComposer> composers, Mailer mailer, ObjectProvider<SchedulerClient> jobs,
            Clock clock) {
        this.composers = composers;
        this.mailer = mailer;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void queue(String kind, UUID reference) {
        jobs.getObject().scheduleIfNotExists(descriptor(kind).instance(reference.toString())
                .scheduledTo(clock.instant()));
    }

    @Override
    public OneTimeTask<Void> job(String kind) {
        EmailComposer composer = composers.stream().filter(candidate -> candidate.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No EmailComposer writes emails of kind " + kind));
        return Tasks.oneTime(descriptor(kind))
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(ATTEMPTS,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_RETRY)))
                .execute((instance, context) -> composer.compose(UUID.fromString(instance.getId()))
                        .ifPresentOrElse(mailer::deliver, () -> log.info("{} {}: nothing to send any more",
                                instance.getTaskName(), instance.getId())));
    }

    private static TaskDescriptor<Void> descriptor(String kind) {
        return TaskDescriptor.of(kind + "-email");
    }
}
