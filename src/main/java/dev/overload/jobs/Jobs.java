package dev.overload.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Long-running work that users follow. A module submits a job in its request's transaction (it runs only if that
 * commits) and answers {@code 202 Accepted} with {@link Job#location()} and the job; it declares, among its
 * jobs' beans, the task that runs its type ({@link #task}).
 */
public interface Jobs {

    /**
     * Queues a new job of {@code type} for the user, to be run by the task declared for that type.
     *
     * @param title what the job makes, shown with it and in the notification when it finishes
     * @param emailWhenDone also email the user when it finishes
     */
    Job submit(UUID userId, String type, String title, boolean emailWhenDone);

    /** The user's queued job of {@code type} if one waits, else a new one: one waiting job per user and type. */
    Job submitOnce(UUID userId, String type, String title);

    /** The user's job (404 when it is not theirs). */
    Job get(UUID userId, UUID jobId);

    /** The jobs among {@code jobIds}; unknown ones are left out. */
    Map<UUID, Job> find(Collection<UUID> jobIds);

    /**
     * Cancels the user's job if it is queued or running (running work stops at its next step) and returns it;
     * 409 when it has finished, 404 when it is not theirs.
     */
    Job cancel(UUID userId, UUID jobId);

    /** Cancels the user's job if it is still queued or running; empty when it has finished or is not theirs. */
    Optional<Job> cancelIfActive(UUID userId, UUID jobId);

    /**
     * The durable task that runs the jobs of {@code type}, at most {@code workers} at a time on each instance (a
     * job finding every worker busy waits, queued, for one). The owning module declares it as a bean.
     */
    Task<Void> task(String type, int workers, JobWork work);
}
