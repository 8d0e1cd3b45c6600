package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.domain.PlanQueries;
import dev.overload.planning.domain.PlanStructure;
import dev.overload.planning.SetTarget;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.contract.Idempotent;
import dev.overload.planning.PlanTree;
import dev.overload.shared.paging.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
@RequestMapping("/api/training-plans/{planId}/days/{dayId}/exercises/{exerciseId}/sets")
@Tag(name = "Training plan exercise sets", description = "The ordered target sets of an exercise in a plan day")
class TrainingPlanSetController {

    private final PlanStructure structure;
    private final PlanQueries queries;

    TrainingPlanSetController(PlanStructure structure, PlanQueries queries) {
        this.structure = structure;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listTrainingPlanSets", summary = "The exercise's target sets in order")
    ResponseEntity<List<PlanSetResponse>> list(CurrentUser caller, @PathVariable UUID planId,
            @PathVariable UUID dayId, @PathVariable UUID exerciseId) {
        WeightUnit unit = caller.weightUnit();
        List<PlanSetResponse> sets = PlanParts.exercise(queries.plan(caller.id(), planId), dayId, exerciseId).sets()
                .stream().map(set -> PlanSetResponse.from(set, unit)).toList();
        return new ResultPage<>(sets, sets.size()).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "createTrainingPlanSet", summary = "Add a target set at set_index, or at the end")
    ResponseEntity<PlanSetResponse> create(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId, @Valid @RequestBody CreateSetRequest request) {
        WeightUnit unit = caller.weightUnit();
        SetTarget target = SetRequests.target(request.expectedReps(), request.expectedWeight(),
                request.expectedDurationSeconds(), request.expectedRir(), unit);
        UUID setId = structure.addSet(caller.id(), planId, dayId, exerciseId, target, request.setIndex());
        return view(ResponseEntity.created(URI.create("/api/training-plans/" + planId + "/days/" + dayId
                + "/exercises/" + exerciseId + "/sets/" + setId)), caller, planId, dayId, exerciseId, setId);
    }

    @GetMapping("/{setId}")
    @Conditional
    @Operation(operationId = "getTrainingPlanSet", summary = "One target set")
    ResponseEntity<PlanSetResponse> get(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId, @PathVariable UUID setId) {
        return view(ResponseEntity.ok(), caller, planId, dayId, exerciseId, setId);
    }

    @PutMapping("/{setId}")
    @Conditional
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "updateTrainingPlanSet",
            summary = "Change a target set or move it; the others are re-indexed")
    ResponseEntity<PlanSetResponse> update(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId, @PathVariable UUID setId, @Valid @RequestBody UpdateSetRequest request) {
        WeightUnit unit = caller.weightUnit();
        structure.updateSet(caller.id(), planId, dayId, exerciseId, setId, current -> new SetTarget(
                request.expectedReps() != null ? request.expectedReps() : current.reps(),
                request.expectedWeight() != null ? unit.toKilograms(request.expectedWeight()) : current.weightKg(),
                request.expectedDurationSeconds() != null ? request.expectedDurationSeconds()
                        : current.durationSeconds(),
                request.expectedRir() != null ? request.expectedRir() : current.rir()), request.setIndex());
        return view(ResponseEntity.ok(), caller, planId, dayId, exerciseId, setId);
    }

    @DeleteMapping("/{setId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "deleteTrainingPlanSet", summary = "Delete a target set; the following move up")
    void delete(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId, @PathVariable UUID setId) {
        structure.removeSet(caller.id(), planId, dayId, exerciseId, setId);
    }

    private ResponseEntity<PlanSetResponse> view(ResponseEntity.BodyBuilder response, CurrentUser caller,
            UUID planId, UUID dayId, UUID exerciseId, UUID setId) {
        PlanTree plan = queries.plan(caller.id(), planId);
        return response.eTag(ETags.of(plan.version(), caller.weightUnit().name()))
                .body(PlanSetResponse.from(PlanParts.set(plan, dayId, exerciseId, setId), caller.weightUnit()));
    }
}
