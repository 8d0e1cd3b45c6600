package dev.overload.planning.web;

import dev.overload.planning.ExerciseDetails;
import dev.overload.planning.domain.PlanQueries;
import dev.overload.planning.domain.PlanStructure;
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
@RequestMapping("/api/training-plans/{planId}/days/{dayId}/exercises")
@Tag(name = "Training plan exercises", description = "The ordered exercises of a plan day")
class TrainingPlanExerciseController {

    private final PlanStructure structure;
    private final PlanQueries queries;

    TrainingPlanExerciseController(PlanStructure structure, PlanQueries queries) {
        this.structure = structure;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listTrainingPlanExercises", summary = "The day's exercises in order, with sets")
    ResponseEntity<List<PlanExerciseResponse>> list(CurrentUser caller, @PathVariable UUID planId,
            @PathVariable UUID dayId) {
        var unit = caller.weightUnit();
        List<PlanExerciseResponse> exercises = PlanParts.day(queries.plan(caller.id(), planId), dayId).exercises()
                .stream().map(exercise -> PlanExerciseResponse.from(exercise, unit)).toList();
        return new ResultPage<>(exercises, exercises.size()).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "createTrainingPlanExercise",
            summary = "Add a catalog exercise to the day at order_index, or at the end")
    ResponseEntity<PlanExerciseResponse> create(CurrentUser caller, @PathVariable UUID planId,
            @PathVariable UUID dayId, @Valid @RequestBody AddExerciseRequest request) {
        UUID id = structure.addExercise(caller.id(), planId, dayId,
                new ExerciseDetails(request.exerciseId(), request.restTime(), request.notes()), request.orderIndex());
        return view(ResponseEntity
                .created(URI.create("/api/training-plans/" + planId + "/days/" + dayId + "/exercises/" + id)), caller,
                planId, dayId, id);
    }

    @GetMapping("/{exerciseId}")
    @Conditional
    @Operation(operationId = "getTrainingPlanExercise", summary = "One exercise of the day with its sets")
    ResponseEntity<PlanExerciseResponse> get(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId) {
        return view(ResponseEntity.ok(), caller, planId, dayId, exerciseId);
    }

    @PutMapping("/{exerciseId}")
    @Conditional
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "updateTrainingPlanExercise",
            summary = "Move, swap or annotate an exercise; the others are re-indexed")
    ResponseEntity<PlanExerciseResponse> update(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId, @Valid @RequestBody UpdateExerciseRequest request) {
        structure.updateExercise(caller.id(), planId, dayId, exerciseId,
                new ExerciseDetails(request.exerciseId(), request.restTime(), request.notes()), request.orderIndex());
        return view(ResponseEntity.ok(), caller, planId, dayId, exerciseId);
    }

    @DeleteMapping("/{exerciseId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "deleteTrainingPlanExercise", summary = "Remove an exercise; the following move up")
    void delete(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID dayId,
            @PathVariable UUID exerciseId) {
        structure.removeExercise(caller.id(), planId, dayId, exerciseId);
    }

    private ResponseEntity<PlanExerciseResponse> view(ResponseEntity.BodyBuilder response, CurrentUser caller,
            UUID planId, UUID dayId, UUID exerciseId) {
        PlanTree plan = queries.plan(caller.id(), planId);
        return response.eTag(ETags.of(plan.version(), caller.weightUnit().name()))
                .body(PlanExerciseResponse.from(PlanParts.exercise(plan, dayId, exerciseId), caller.weightUnit()));
    }
}
