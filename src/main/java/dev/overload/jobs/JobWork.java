package dev.overload.jobs;

import java.util.Map;

/**
 * The work of one type of job, declared by the module that owns it (see {@link Jobs#task}). It runs outside any
 * transaction, on a scheduler thread, and may run again from the start after a restart or a crash: it must be
 * safe to repeat.
 */
@FunctionalInterface
public interface JobWork {

    /**
     * Does the job, calling {@link RunningJob#progress} between steps (which stops the work, by throwing, when
     * the job was cancelled or the service is stopping). A {@link dev.overload.shared.errors.ApiException} fails
     * the job with its status and message; any other exception fails it with a generic problem (and is logged).
     *
     * @return links to what the job made, shown as the job's {@code result}
     */
    Map<String, String> run(RunningJob job);
}
