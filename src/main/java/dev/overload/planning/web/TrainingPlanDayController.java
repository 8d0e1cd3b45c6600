package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.DayDetails;
import dev.overload.planning.domain.PlanQueries;
import dev.overload.planning.domain.PlanStructure;
import dev.overload.planning.PlanTree;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
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
@Tag(name = "Training plan days")
class TrainingPlanDayController {

    private final PlanStructure structure;
    private final PlanQueries queries;

    TrainingPlanDayController(PlanStructure structure, PlanQueries queries) {
        this.structure = structure;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listTrainingPlanDays", summary = "The plan's days in order, with exercises and sets")
    ResponseEntity<List<DayResponse>> list(CurrentUser caller, @PathVariable UUID planId,
            @Valid @ParameterObject PageParams page) {
        WeightUnit unit = caller.weightUnit();
        List<PlanTree.Day> days = queries.plan(caller.id(), planId).days();
        List<PlanTree.Day> window = days.stream().skip(page.offsetOrDefault()).limit(page.limitOrDefault()).toList();
        return new ResultPage<>(window, days.size()).map(day -> DayResponse.from(day, unit)).toResponse();
    }

    @PostMapping
    @Operation(operationId = "createTrainingPlanDay", summary = "Add a day at order_index, or at the end")
    ResponseEntity<DayResponse> create(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody CreateDayRequest request) {
        UUID dayId = structure.addDay(caller.id(), planId,
                new DayDetails(request.name().strip(), request.description()), request.orderIndex());
        return ResponseEntity.created(URI.create("/api/training-plans/" + planId + "/days/" + dayId))
                .body(view(caller, planId, dayId));
    }

    @GetMapping("/{dayId}")
    @Operation(operationId = "getTrainingPlanDay", summary = "One day with its exercises and sets")
    DayResponse get(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId) {
        return view(caller, planId, dayId);
    }

    @PutMapping("/{dayId}")
    @Operation(operationId = "updateTrainingPlanDay", summary = "Rename or move a day; the others are re-indexed")
    DayResponse update(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @Valid @RequestBody UpdateDayRequest request) {
        String name = request.name() == null ? null : request.name().strip();
        structure.updateDay(caller.id(), planId, dayId, new DayDetails(name, request.description()),
                request.orderIndex());
        return view(caller, planId, dayId);
    }

    @DeleteMapping("/{dayId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteTrainingPlanDay", summary = "Delete a day; the following days move up")
    void delete(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId) {
        structure.removeDay(caller.id(), planId, dayId);
    }

    private DayResponse view(CurrentUser caller, UUID planId, UUID dayId) {
        return DayResponse.from(PlanParts.day(queries.plan(caller.id(), planId), dayId),
                caller.weightUnit());
    }
}
