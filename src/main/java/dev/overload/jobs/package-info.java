/**
 * Jobs: long-running work a user follows — a report, an insights recompute, later an import. Each job is a
 * durable db-scheduler execution with a row the user reads at {@code /api/jobs/{id}}: its status, progress,
 * error and links to what it made; it can be cancelled, resumes or is retried after a restart, runs on a bounded
 * number of workers per type, and tells its user when it finishes (in the app, and by email when asked).
 */
@ApplicationModule(displayName = "Jobs", allowedDependencies = {"shared::*", "identity", "notifications"})
@NullMarked
package dev.overload.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
