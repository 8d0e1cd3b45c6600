package dev.overload.jobs.domain;

import java.util.UUID;

/**
 * Called each time a running job records progress, after the progress is stored and before the work goes on:
 * tests hold a job there to look at it mid-way, cancel it or stop the service under it. The service itself
 * declares none.
 */
public interface JobCheckpoints {

    void reached(UUID jobId, UUID userId, int progress);
}
