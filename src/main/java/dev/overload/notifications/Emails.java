package dev.overload.notifications;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.util.UUID;

/**
 * Email through one durable outbox: a queued email is a job in the database, queued with the caller's
 * transaction (so it goes out only if that commits), sent by one instance, retried with back-off while SMTP
 * fails. An email is written only when it is sent, by the {@link EmailComposer} of its kind, from what is
 * current then: nothing secret (a reset token) is stored, and an email no longer wanted is not sent.
 */
public interface Emails {

    /** Queues the email of {@code kind} about {@code reference}; queuing the same pair again changes nothing. */
    void queue(String kind, UUID reference);

    /**
     * The job that sends the emails of {@code kind}, named {@code <kind>-email}: the module that composes
     * them declares it as a bean among its jobs, so each kind is counted and retried on its own.
     */
    OneTimeTask<Void> job(String kind);
}
