package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.DayDetails;
import dev.overload.planning.domain.PlanQueries;
import dev.overload.planning.domain.PlanStructure;
import dev.overload.planning.PlanTree;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training-plans/{planId}/days")
@Tag(name = "Training plan days", description = "The ordered days of a training plan")
class TrainingPlanDayController {

    private final PlanStructure structure;
    private final PlanQueries queries;

    TrainingPlanDayController(PlanStructure structure, PlanQueries queries) {
        this.structure = structure;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listTrainingPlanDays",
            summary = "The plan's days in order, with exercises and sets; sort by order_index (default) or name")
    ResponseEntity<List<DayResponse>> list(CurrentUser caller, @PathVariable UUID planId,
            @Valid @ParameterObject PageParams page) {
        WeightUnit unit = caller.weightUnit();
        Sort sort = page.sort(SORTABLE, Sort.by("order_index"));
        List<PlanTree.Day> days = queries.plan(caller.id(), planId).days().stream().sorted(comparator(sort)).toList();
        List<PlanTree.Day> window = days.stream().skip(page.offsetOrDefault()).limit(page.limitOrDefault()).toList();
        return new ResultPage<>(window, days.size()).map(day -> DayResponse.from(day, unit)).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "createTrainingPlanDay", summary = "Add a day at order_index, or at the end")
    ResponseEntity<DayResponse> create(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody CreateDayRequest request) {
        UUID dayId = structure.addDay(caller.id(), planId,
                new DayDetails(request.name().strip(), request.description()), request.orderIndex());
        return view(ResponseEntity.created(URI.create("/api/training-plans/" + planId + "/days/" + dayId)), caller,
                planId, dayId);
    }

    @GetMapping("/{dayId}")
    @Conditional
    @Operation(operationId = "getTrainingPlanDay", summary = "One day with its exercises and sets")
    ResponseEntity<DayResponse> get(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId) {
        return view(ResponseEntity.ok(), caller, planId, dayId);
    }

    @PutMapping("/{dayId}")
    @Conditional
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "updateTrainingPlanDay", summary = "Rename or move a day; the others are re-indexed")
    ResponseEntity<DayResponse> update(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @Valid @RequestBody UpdateDayRequest request) {
        String name = request.name() == null ? null : request.name().strip();
        structure.updateDay(caller.id(), planId, dayId, new DayDetails(name, request.description()),
                request.orderIndex());
        return view(ResponseEntity.ok(), caller, planId, dayId);
    }

    @DeleteMapping("/{dayId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "deleteTrainingPlanDay", summary = "Delete a day; the following days move up")
    void delete(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId) {
        structure.removeDay(caller.id(), planId, dayId);
    }

    /** Days sort by these fields, each ascending or descending ({@code sort=-name}). */
    private static final java.util.Map<String, String> SORTABLE = java.util.Map.of("order_index", "order_index",
            "name", "name");

    private static java.util.Comparator<PlanTree.Day> comparator(Sort sort) {
        java.util.Comparator<PlanTree.Day> order = (a, b) -> 0;
        for (Sort.Order field : sort) {
            java.util.Comparator<PlanTree.Day> next = field.getProperty().equals("name")
                    ? java.util.Comparator.comparing(PlanTree.Day::name, String.CASE_INSENSITIVE_ORDER)
                    : java.util.Comparator.comparingInt(PlanTree.Day::orderIndex);
            order = order.thenComparing(field.isAscending() ? next : next.reversed());
        }
        return order.thenComparingInt(PlanTree.Day::orderIndex);
    }

    private ResponseEntity<DayResponse> view(ResponseEntity.BodyBuilder response, CurrentUser caller, UUID planId,
            UUID dayId) {
        PlanTree plan = queries.plan(caller.id(), planId);
        return response.eTag(ETags.of(plan.version(), caller.weightUnit().name()))
                .body(DayResponse.from(PlanParts.day(plan, dayId), caller.weightUnit()));
    }
}
