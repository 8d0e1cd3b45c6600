package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanStatus;
import dev.overload.planning.domain.PlanQueries;
import dev.overload.planning.domain.Plans;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.paging.PageParams;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training-plans")
@Tag(name = "Training plans")
class TrainingPlanController {

    private final Plans plans;
    private final PlanQueries queries;

    TrainingPlanController(Plans plans, PlanQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listTrainingPlans",
            summary = "My plans with their days, exercises and sets; sort by name, created_at or updated_at")
    ResponseEntity<List<PlanResponse>> list(CurrentUser caller, @RequestParam(required = false) PlanStatus status,
            @Valid @ParameterObject PageParams page) {
        WeightUnit unit = caller.weightUnit();
        return queries.ownPlans(caller.id(), status, page).map(plan -> PlanResponse.from(plan, unit)).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "createTrainingPlan", summary = "Create a plan (add days, exercises and sets after)")
    ResponseEntity<PlanResponse> create(CurrentUser caller, @Valid @RequestBody PlanRequest request) {
        UUID id = plans.create(caller.id(), request.toDetails());
        return tagged(ResponseEntity.created(URI.create("/api/training-plans/" + id)), caller, id);
    }

    @GetMapping("/{planId}")
    @Conditional
    @Operation(operationId = "getTrainingPlan", summary = "One of my plans, or a public plan, as a whole tree")
    ResponseEntity<PlanResponse> get(CurrentUser caller, @PathVariable UUID planId) {
        return tagged(ResponseEntity.ok(), caller, planId);
    }

    @PutMapping("/{planId}")
    @Conditional
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "updateTrainingPlan", summary = "Change my plan's own fields; left-out fields are kept")
    ResponseEntity<PlanResponse> update(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody PlanUpdateRequest request) {
        plans.update(caller.id(), planId, request.toDetails());
        return tagged(ResponseEntity.ok(), caller, planId);
    }

    @DeleteMapping("/{planId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "deleteTrainingPlan", summary = "Delete my plan with everything in it")
    void delete(CurrentUser caller, @PathVariable UUID planId) {
        plans.delete(caller.id(), planId);
    }

    @PostMapping("/{planId}/composite")
    @Conditional
    @Idempotent
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "replaceTrainingPlan", summary = "Make my plan exactly like the payload in one "
            + "transaction: items with ids are updated, items without are created, stored items left out are "
            + "deleted; order follows the arrays")
    ResponseEntity<PlanResponse> replace(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody CompositePlanRequest request) {
        plans.replace(caller.id(), planId, request.toComposite(caller.weightUnit()));
        return tagged(ResponseEntity.ok(), caller, planId);
    }

    @PostMapping("/{planId}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "copyTrainingPlan", summary = "Copy my plan or a public one into my plans (private)")
    ResponseEntity<PlanResponse> copy(CurrentUser caller, @PathVariable UUID planId) {
        UUID id = plans.copy(caller.id(), planId);
        return tagged(ResponseEntity.created(URI.create("/api/training-plans/" + id)), caller, id);
    }

    /** The plan as the caller sees it, tagged with its version in the caller's unit. */
    private ResponseEntity<PlanResponse> tagged(ResponseEntity.BodyBuilder response, CurrentUser caller,
            UUID planId) {
        return PlanResponse.tagged(response, queries.plan(caller.id(), planId), caller.weightUnit());
    }
}
