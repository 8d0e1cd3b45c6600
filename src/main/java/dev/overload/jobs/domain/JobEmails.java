package dev.overload.jobs.domain;

import dev.overload.identity.Users;
import dev.overload.jobs.Job;
import dev.overload.jobs.JobStatus;
import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.OutgoingMail;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The email telling a user that a job they asked to hear about has finished, written when it is sent: none when
 * the job is gone or the account has no address any more.
 */
@Component
public class JobEmails implements EmailComposer {

    public static final String KIND = "job-finished";

    private final JobStore store;
    private final Users users;
    private final String publicUrl;

    JobEmails(JobStore store, Users users, @Value("${overload.public-url}") String publicUrl) {
        this.store = store;
        this.users = users;
        this.publicUrl = publicUrl;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID jobId) {
        return store.find(jobId).filter(row -> row.job().status().finished()).flatMap(row -> users
                .contact(row.userId()).map(Users.Contact::email)
                .map(address -> mail(address, row.job())));
    }

    private OutgoingMail mail(String address, Job job) {
        String where = publicUrl + job.location();
        if (job.status() == JobStatus.DONE) {
            return new OutgoingMail(address, "Ready: " + job.title(), """
                    Hello,

                    %s is ready. Download it in the app, or through the API at
                    %s

                    — Overload
                    """.formatted(job.title(), where));
        }
        String why = job.error() != null ? job.error().detail() : "it was cancelled";
        return new OutgoingMail(address, "Not finished: " + job.title(), """
                Hello,

                %s could not be finished: %s
                Details: %s

                — Overload
                """.formatted(job.title(), why, where));
    }
}
