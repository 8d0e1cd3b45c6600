package dev.overload.jobs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as its user sees it at {@code /api/jobs/{id}}.
 *
 * @param type what kind of work, named by the module that runs it ({@code REPORT}, {@code INSIGHTS_RECOMPUTE})
 * @param title what the job makes, in words ("Progress report 2026-01-01 – 2026-03-31 (PDF)")
 * @param progress 0–100, rising as the work advances; 100 when done
 * @param error an RFC 9457 problem when FAILED, else null
 * @param result links to what the job made when DONE (e.g. {@code report}, {@code file}), else null
 */
public record Job(UUID id, String type, String title, JobStatus status, int progress, Instant createdAt,
        @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Problem error,
        @Nullable Map<String, String> result) {

    /** Where a client follows the job. */
    @JsonIgnore
    public URI location() {
        return URI.create("/api/jobs/" + id);
    }

    /** Why a job failed, as problem+json would say it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(URI type, String title, int status, String detail) {
    }
}
