package dev.overload.jobs;

/** Where a job is: waiting for a worker, running, or finished one of three ways. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
