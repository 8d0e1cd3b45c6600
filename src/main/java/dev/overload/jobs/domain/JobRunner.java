package dev.overload.jobs.domain;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.overload.jobs.Job;
import dev.overload.jobs.JobWork;
import dev.overload.jobs.Jobs;
import dev.overload.jobs.RunningJob;
import dev.overload.notifications.Emails;
import dev.overload.notifications.Notifications;
import dev.overload.shared.errors.ApiException;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.NotFoundException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs on db-scheduler. A job is a row (what its user sees) and an execution of its type's task named by the
 * job's id, both written in the submitting transaction. The task's wrapper takes a worker permit of its type (or
 * puts the execution back a second later), marks the job RUNNING, runs the work — whose progress calls are where
 * it stops for a cancel or a shutdown — and records the end: DONE with its links, FAILED with a problem, or, on
 * shutdown, QUEUED again with the execution due at once, for this or another instance to run anew. An instance
 * that dies mid-job stops its heartbeats; db-scheduler then revives the execution and the job runs again.
 */
@Component
class JobRunner implements Jobs {

    static final String NOTIFICATION_KIND = "JOB_FINISHED";
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration WORKER_WAIT = Duration.ofSeconds(1);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final JobStore store;
    private final Notifications notifications;
    private final Emails emails;
    // The scheduler is built from the tasks, which this class makes: it is looked up when needed.
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<JobCheckpoints> checkpoints;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    JobRunner(JobStore store, Notifications notifications, Emails emails, ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<JobCheckpoints> checkpoints, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.emails = emails;
        this.scheduler = scheduler;
        this.checkpoints = checkpoints;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    static String taskName(String type) {
        return type.toLowerCase(Locale.ROOT).replace('_', '-') + "-job";
    }

    @Override
    @Transactional
    public Job submit(UUID userId, String type, String title, boolean emailWhenDone) {
        JobStore.Row row = store.insert(userId, type, title, false, emailWhenDone);
        schedule(type, row.job().id());
        return row.job();
    }

    @Override
    @Transactional
    public Job submitOnce(UUID userId, String type, String title) {
        // The waiting job can start between the insert and the read: then the next insert finds no waiting one.
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<JobStore.Row> created = store.insertUnlessWaiting(userId, type, title);
            if (created.isPresent()) {
                schedule(type, created.get().job().id());
                return created.get().job();
            }
            Optional<JobStore.Row> waiting = store.waiting(userId, type);
            if (waiting.isPresent()) {
                return waiting.get().job();
            }
        }
        throw new ConflictException("Jobs of this kind are being queued at the same moment; try again");
    }

    @Override
    public Job get(UUID userId, UUID jobId) {
        return store.find(userId, jobId).orElseThrow(() -> new NotFoundException("Job")).job();
    }

    @Override
    public Map<UUID, Job> find(Collection<UUID> jobIds) {
        return store.find(jobIds);
    }

    @Override
    @Transactional
    public Job cancel(UUID userId, UUID jobId) {
        return cancelIfActive(userId, jobId)
                .orElseThrow(() -> new ConflictException("The job has finished (" + get(userId, jobId).status() + ")"));
    }

    @Override
    @Transactional
    public Optional<Job> cancelIfActive(UUID userId, UUID jobId) {
        Optional<JobStore.Row> cancelled = store.cancel(userId, jobId);
        if (cancelled.isEmpty()) {
            return Optional.empty();
        }
        // A queued job's execution goes; a running one's ends at its next step.
        if (cancelled.get().job().startedAt() == null) {
            try {
                scheduler.getObject().cancel(TaskInstanceId.of(taskName(cancelled.get().job().type()),
                        jobId.toString()));
            } catch (RuntimeException e) {
                log.debug("Job {} was picked meanwhile; its run will find it cancelled", jobId);
            }
        }
        return Optional.of(cancelled.get().job());
    }

    /** The execution is written with the caller's transaction; after the commit the scheduler looks at once. */
    private void schedule(String type, UUID jobId) {
        SchedulerClient client = scheduler.getObject();
        client.schedule(TaskDescriptor.of(taskName(type)).instance(jobId.toString()).scheduledTo(clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    if (client instanceof Scheduler running) {
                        running.triggerCheckForDueExecutions();
                    }
                }
            });
        }
    }

    @Override
    public Task<Void> task(String type, int workers, JobWork work) {
        if (workers < 1) {
            throw new IllegalArgumentException("A job type needs at least one worker: " + type);
        }
        Semaphore permits = new Semaphore(workers);
        return Tasks.custom(TaskDescriptor.of(taskName(type)))
                // Only the bookkeeping can fail (the work's own failures fail the job): the database was away.
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(10,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10))))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    if (!permits.tryAcquire()) {
                        return later(WORKER_WAIT);
                    }
                    try {
                        return run(instance, context, work);
                    } finally {
                        permits.release();
                    }
                });
    }

    private CompletionHandler<Void> run(TaskInstance<Void> instance, ExecutionContext context, JobWork work) {
        UUID jobId = UUID.fromString(instance.getId());
        Optional<JobStore.Row> started = store.start(jobId);
        if (started.isEmpty()) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        JobStore.Row row = started.get();
        Tracker tracker = new Tracker(jobId, row.userId(), row.attempts(), context);
        try {
            Map<String, String> links = work.run(tracker);
            transaction.executeWithoutResult(status -> store.done(jobId, links).ifPresent(this::tell));
        } catch (JobStopped stopped) {
            if (stopped.shuttingDown) {
                store.requeue(jobId);
                log.info("Job {} stopped by the shutdown; it runs again at the next start", jobId);
                return later(Duration.ZERO);
            }
            log.info("Job {} was cancelled", jobId);
        } catch (ApiException e) {
            fail(jobId, new Job.Problem(ABOUT_BLANK, e.status().getReasonPhrase(), e.status().value(),
                    e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError: the machine cannot do the work (no fonts for Java2D, say); retrying will not help.
            log.error("Job {} of type {} failed", jobId, row.job().type(), e);
            fail(jobId, new Job.Problem(ABOUT_BLANK, "Internal Server Error", 500,
                    "The job failed unexpectedly; the error was logged"));
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    private void fail(UUID jobId, Job.Problem problem) {
        transaction.executeWithoutResult(status -> store.failed(jobId, problem).ifPresent(this::tell));
    }

    /** The in-app notification, and the email when asked for: once, with the change that finished the job. */
    private void tell(JobStore.Row row) {
        Job job = row.job();
        boolean done = job.status() == dev.overload.jobs.JobStatus.DONE;
        notifications.post(row.userId(), NOTIFICATION_KIND, (done ? "Ready: " : "Failed: ") + job.title(),
                done ? "Your job has finished. Find it at " + job.location() + "."
                        : "Your job could not be finished: " + job.error().detail() + " Details at "
                                + job.location() + ".");
        if (row.emailWhenDone()) {
            emails.queue(JobEmails.KIND, job.id());
        }
    }

    private CompletionHandler<Void> later(Duration delay) {
        return (complete, operations) -> operations.reschedule(complete, clock.instant().plus(delay));
    }

    /** The running job handed to the work: progress is stored on its own, visible at once. */
    private final class Tracker implements RunningJob {

        private final UUID id;
        private final UUID userId;
        private final int attempt;
        private final ExecutionContext context;

        Tracker(UUID id, UUID userId, int attempt, ExecutionContext context) {
            this.id = id;
            this.userId = userId;
            this.attempt = attempt;
            this.context = context;
        }

        @Override
        public UUID id() {
            return id;
        }

        @Override
        public UUID userId() {
            return userId;
        }

        @Override
        public int attempt() {
            return attempt;
        }

        @Override
        public void progress(int percent) {
            int bounded = Math.max(0, Math.min(99, percent));
            stopIfShuttingDown();
            Boolean running = ownTransaction.execute(status -> store.progress(id, bounded));
            if (!Boolean.TRUE.equals(running)) {
                throw new JobStopped(false);
            }
            checkpoints.ifAvailable(checkpoint -> checkpoint.reached(id, userId, bounded));
            stopIfShuttingDown();
        }

        private void stopIfShuttingDown() {
            if (context.getSchedulerState().isShuttingDown()) {
                throw new JobStopped(true);
            }
        }
    }
}
