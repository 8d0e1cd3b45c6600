package dev.overload.insights.web;

import dev.overload.insights.Insight;
import dev.overload.insights.Insights;
import dev.overload.insights.domain.InsightRecomputes;
import dev.overload.jobs.Job;
import dev.overload.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/insights")
@Tag(name = "Insights")
class InsightController {

    private final Insights insights;
    private final InsightRecomputes recomputes;

    InsightController(Insights insights, InsightRecomputes recomputes) {
        this.insights = insights;
        this.recomputes = recomputes;
    }

    @GetMapping
    @Operation(operationId = "listInsights", summary = "How my wellness and training go together over the last "
            + "90 days: the latest finding per pair, significant ones (q < 0.05 after the Benjamini-Hochberg "
            + "correction, |ρ| ≥ 0.1) first, then by the size of the correlation")
    List<Insight> list(CurrentUser caller,
            @RequestParam(name = "significant", defaultValue = "false") boolean significantOnly,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return insights.latest(caller.id(), significantOnly, limit);
    }

    @PostMapping("/recompute")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "recomputeInsights", summary = "Compute my insights again now, as a job I follow at "
            + "the Location (202); a request while one is queued answers that one")
    ResponseEntity<Job> recompute(CurrentUser caller) {
        Job job = recomputes.request(caller.id());
        return ResponseEntity.accepted().location(job.location()).body(job);
    }
}
