package dev.overload.jobs.domain;

/** Thrown out of a job's work at a step, to stop it: it was cancelled, or the service is shutting down. */
class JobStopped extends RuntimeException {

    final boolean shuttingDown;

    JobStopped(boolean shuttingDown) {
        super(shuttingDown ? "The service is shutting down" : "The job was cancelled", null, false, false);
        this.shuttingDown = shuttingDown;
    }
}
