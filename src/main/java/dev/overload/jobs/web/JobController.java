package dev.overload.jobs.web;

import dev.overload.jobs.Job;
import dev.overload.jobs.JobStatus;
import dev.overload.jobs.Jobs;
import dev.overload.jobs.domain.JobListing;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs")
class JobController {

    private final Jobs jobs;
    private final JobListing listing;

    JobController(Jobs jobs, JobListing listing) {
        this.jobs = jobs;
        this.listing = listing;
    }

    @GetMapping
    @Operation(operationId = "listJobs", summary = "My jobs, newest first (filter by status or type)")
    ResponseEntity<List<Job>> list(CurrentUser caller, @RequestParam(required = false) @Nullable JobStatus status,
            @RequestParam(required = false) @Nullable String type, @Valid @ParameterObject PageParams page) {
        return listing.list(caller.id(), status, type, page).toResponse();
    }

    @GetMapping("/{jobId}")
    @Operation(operationId = "getJob", summary = "One of my jobs: status, progress, error or result links")
    Job get(CurrentUser caller, @PathVariable UUID jobId) {
        return jobs.get(caller.id(), jobId);
    }

    @DeleteMapping("/{jobId}")
    @Operation(operationId = "cancelJob", summary = "Cancel one of my jobs while it is queued or running "
            + "(running work stops at its next step); 409 once it has finished")
    Job cancel(CurrentUser caller, @PathVariable UUID jobId) {
        return jobs.cancel(caller.id(), jobId);
    }
}
