package dev.overload.jobs;

import java.util.UUID;

/** A job while its work runs. */
public interface RunningJob {

    UUID id();

    UUID userId();

    /** 1 the first time the work runs, more after a restart or a crash interrupted it. */
    int attempt();

    /**
     * Records how far the work is (0–100; never goes back) and is the point where it stops: throws when the job
     * was cancelled meanwhile or the service is shutting down (the job then runs again at the next start).
     */
    void progress(int percent);
}
