package dev.overload.insights.web;

import dev.overload.insights.Insight;
import dev.overload.insights.Insights;
import dev.overload.insights.domain.InsightRecomputes;
import dev.overload.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(operationId = "recomputeInsights", summary = "Compute my insights again now, in the background "
            + "(202); a request while one is queued changes nothing")
    @ApiResponse(responseCode = "202",
            description = "Queued; the insights at the Location are replaced when it is done")
    ResponseEntity<RecomputeResponse> recompute(CurrentUser caller) {
        return ResponseEntity.accepted().location(URI.create("/api/insights"))
                .body(new RecomputeResponse(recomputes.request(caller.id()) ? "QUEUED" : "ALREADY_QUEUED"));
    }

    record RecomputeResponse(String status) {
    }
}
