package dev.overload.reporting.web;

import dev.overload.jobs.Job;
import dev.overload.reporting.domain.ReportFile;
import dev.overload.reporting.domain.Reports;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Progress, history, exercise and plan reports as JSON, CSV or PDF, made by a "
        + "job I follow")
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Idempotent
    @Operation(operationId = "requestReport", summary = "Ask for a report (PROGRESS, HISTORY, EXERCISE or PLAN) as "
            + "JSON, CSV or PDF: it is made in the background by a job I follow at the Location (202)")
    ResponseEntity<Job> request(CurrentUser caller, @Valid @RequestBody ReportRequest request) {
        Job job = reports.request(caller.id(), caller.weightUnit(), caller.timeZone(), request.toOrder());
        return ResponseEntity.accepted().location(job.location()).body(job);
    }

    @GetMapping
    @Operation(operationId = "listReports", summary = "My reports that have not expired, newest first")
    ResponseEntity<List<ReportResponse>> list(CurrentUser caller, @Valid @ParameterObject PageParams page) {
        return reports.list(caller.id(), page).map(ReportResponse::from).toResponse();
    }

    @GetMapping("/{reportId}")
    @Operation(operationId = "getReport", summary = "One of my reports: what it covers, its job's status, its file")
    ReportResponse get(CurrentUser caller, @PathVariable UUID reportId) {
        return ReportResponse.from(reports.get(caller.id(), reportId));
    }

    @GetMapping("/{reportId}/file")
    @ApiResponse(responseCode = "200", description = "The report's file, as an attachment with a readable name",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, required = true,
                    description = "attachment; filename=\"progress-report-2026-01-01-2026-03-31.pdf\"",
                    schema = @Schema(type = "string")),
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            description = "The report's content: report (its heading), then the type's sections"))})
    @ErrorStatus(value = 409, description = "The report has no file yet: its job is queued or running, or failed")
    @Operation(operationId = "downloadReport", summary = "Download one of my reports (Content-Type by its format)")
    ResponseEntity<Resource> file(CurrentUser caller, @PathVariable UUID reportId) {
        ReportFile file = reports.file(caller.id(), reportId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .body(new FileSystemResource(file.path()));
    }

    @DeleteMapping("/{reportId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteReport", summary = "Delete one of my reports and its file, stopping its job if "
            + "it still runs")
    void delete(CurrentUser caller, @PathVariable UUID reportId) {
        reports.delete(caller.id(), reportId);
    }
}
