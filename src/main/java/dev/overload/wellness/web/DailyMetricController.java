package dev.overload.wellness.web;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.paging.PageParams;
import dev.overload.wellness.domain.DailyMetricQueries;
import dev.overload.wellness.domain.DailyMetrics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/daily-metrics")
@Tag(name = "Daily metrics")
class DailyMetricController {

    private final DailyMetrics metrics;
    private final DailyMetricQueries queries;

    DailyMetricController(DailyMetrics metrics, DailyMetricQueries queries) {
        this.metrics = metrics;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listDailyMetrics", summary = "My recorded days in [from, to] (default: the last 30 days "
            + "up to today in my time zone; at most 5 years), newest first (sort=date for oldest first)")
    ResponseEntity<List<DailyMetricResponse>> list(CurrentUser caller,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Valid @ParameterObject PageParams page) {
        return queries.days(caller.id(), caller.timeZone(), from, to, page)
                .map(day -> DailyMetricResponse.from(day, caller)).toResponse();
    }

    @GetMapping("/{date}")
    @Operation(operationId = "getDailyMetrics", summary = "One of my days, with its meals and their totals")
    DailyMetricResponse get(CurrentUser caller, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        return DailyMetricResponse.from(queries.day(caller.id(), caller.timeZone(), date), caller);
    }

    @PutMapping("/{date}")
    @Operation(operationId = "recordDailyMetrics", summary = "Record one of my days, up to today in my time zone: "
            + "the whole day as sent, so a field left out is cleared (sleep is the night before the date)")
    DailyMetricResponse record(CurrentUser caller, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @Valid @RequestBody DailyMetricRequest request) {
        return DailyMetricResponse.from(metrics.record(caller.id(), caller.timeZone(), date,
                request.toEntry(caller.weightUnit(), caller.heightUnit())), caller);
    }

    @DeleteMapping("/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDailyMetrics", summary = "Delete one of my days with its meals")
    void delete(CurrentUser caller, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        metrics.delete(caller.id(), caller.timeZone(), date);
    }
}
