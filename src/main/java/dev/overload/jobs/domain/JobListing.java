package dev.overload.jobs.domain;

import dev.overload.jobs.Job;
import dev.overload.jobs.JobStatus;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A user's jobs, newest first: one statement a page. */
@Component
public class JobListing {

    private final JobStore store;

    JobListing(JobStore store) {
        this.store = store;
    }

    public ResultPage<Job> list(UUID userId, @Nullable JobStatus status, @Nullable String type, PageParams page) {
        return store.list(userId, status, type, page);
    }
}
