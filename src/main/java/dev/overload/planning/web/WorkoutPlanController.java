package dev.overload.planning.web;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.identity.UserCard;
import dev.overload.identity.Users;
import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.domain.PlanQueries;
import dev.overload.planning.PlanTree;
import dev.overload.planning.domain.Plans;
import dev.overload.planning.domain.WorkoutPlanFilter;
import dev.overload.planning.domain.WorkoutPlanQueries;
import dev.overload.planning.domain.WorkoutPlanStats;
import dev.overload.planning.domain.WorkoutPlans;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.paging.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
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

/**
 * Seed 003's {@code /api/workout-plans}, exactly: its envelope, validation ranges, filters, statistics and
 * visibility (own and public plans are visible; only the creator changes a plan, others get 403; someone
 * else's private plan is 404). The same plans as {@code /api/training-plans}.
 */
@RestController
@RequestMapping("/api/workout-plans")
@Tag(name = "Workout plans (seed 003)",
        description = "Seed 003's one-day workout plans over the same plans, with its own envelope and errors")
class WorkoutPlanController {

    private final WorkoutPlans workoutPlans;
    private final WorkoutPlanQueries workoutQueries;
    private final Plans plans;
    private final PlanQueries planQueries;
    private final ExerciseCatalog catalog;
    private final Users users;

    WorkoutPlanController(WorkoutPlans workoutPlans, WorkoutPlanQueries workoutQueries, Plans plans,
            PlanQueries planQueries, ExerciseCatalog catalog, Users users) {
        this.workoutPlans = workoutPlans;
        this.workoutQueries = workoutQueries;
        this.plans = plans;
        this.planQueries = planQueries;
        this.catalog = catalog;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "createWorkoutPlan", summary = "Create a workout plan with its exercises")
    ResponseEntity<Envelope<WorkoutPlanResponse>> create(CurrentUser caller,
            @Valid @RequestBody WorkoutPlanRequest request) {
        WeightUnit unit = caller.weightUnit();
        UUID id = workoutPlans.create(caller.id(), request.toDetails(), request.toExercises(unit));
        return ResponseEntity.created(URI.create("/api/workout-plans/" + id))
                .body(Envelope.of("Workout plan created successfully", view(caller, id)));
    }

    @GetMapping
    @Operation(operationId = "listWorkoutPlans", summary = "My plans and public plans, newest first, filtered")
    Envelope<List<WorkoutPlanResponse>> list(CurrentUser caller,
            @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "muscle_type", required = false) @Size(max = 40) String muscleType,
            @RequestParam(name = "difficulty_level", required = false) PlanDifficulty difficultyLevel,
            @RequestParam(name = "created_by", required = false) UUID createdBy,
            @RequestParam(name = "is_public", required = false) Boolean isPublic,
            @RequestParam(required = false) @Size(max = 100) String search) {
        ResultPage<PlanTree> found = workoutQueries.visible(caller.id(),
                new WorkoutPlanFilter(muscleType, difficultyLevel, createdBy, isPublic, search), page, limit);
        Map<UUID, UserCard> creators = users.cards(found.items().stream().map(PlanTree::userId).distinct().toList());
        List<WorkoutPlanResponse> data = found.items().stream()
                .map(plan -> WorkoutPlanResponse.from(plan, creators.get(plan.userId()), caller.id(), null))
                .toList();
        return new Envelope<>(true, null, data, Envelope.Pagination.of(found.total(), page, limit));
    }

    @GetMapping("/stats")
    @Operation(operationId = "getWorkoutPlanStats",
            summary = "Counts of my plans: public/private, by difficulty, by muscle type")
    Envelope<WorkoutPlanStats> stats(CurrentUser caller) {
        WorkoutPlanStats stats = workoutQueries.stats(caller.id());
        Map<String, Long> byDifficulty = new LinkedHashMap<>();
        for (PlanDifficulty level : PlanDifficulty.values()) {
            String key = level.name().toLowerCase(java.util.Locale.ROOT);
            byDifficulty.put(key, stats.byDifficulty().getOrDefault(key, 0L));
        }
        return Envelope.of(new WorkoutPlanStats(stats.totalPlans(), stats.publicPlans(), stats.privatePlans(),
                byDifficulty, stats.muscleTypeUsage()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWorkoutPlan", summary = "A workout plan with its exercises")
    Envelope<WorkoutPlanResponse> get(CurrentUser caller, @PathVariable UUID id) {
        return Envelope.of(view(caller, id));
    }

    @PutMapping("/{id}")
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "updateWorkoutPlan", summary = "Change a workout plan; exercises, when given, replace all")
    Envelope<WorkoutPlanResponse> update(CurrentUser caller, @PathVariable UUID id,
            @Valid @RequestBody UpdateWorkoutPlanRequest request) {
        WeightUnit unit = caller.weightUnit();
        workoutPlans.update(caller.id(), id, request.toDetails(), request.toExercises(unit));
        return Envelope.of("Workout plan updated successfully", view(caller, id));
    }

    @DeleteMapping("/{id}")
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "deleteWorkoutPlan", summary = "Delete a workout plan")
    Envelope<Void> delete(CurrentUser caller, @PathVariable UUID id) {
        plans.delete(caller.id(), id);
        return Envelope.of("Workout plan deleted successfully", null);
    }

    @PostMapping("/{planId}/exercises")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "addWorkoutPlanExercise", summary = "Add an exercise to a workout plan")
    ResponseEntity<Envelope<WorkoutExerciseResponse>> addExercise(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody WorkoutExerciseRequest request) {
        WeightUnit unit = caller.weightUnit();
        UUID id = workoutPlans.addExercise(caller.id(), planId, request.toWorkoutExercise("exercise_id", unit));
        return ResponseEntity.created(URI.create("/api/workout-plans/" + planId + "/exercises/" + id))
                .body(Envelope.of("Exercise added to workout plan", exerciseView(caller, planId, id)));
    }

    @PutMapping("/{planId}/exercises/{exerciseId}")
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "updateWorkoutPlanExercise", summary = "Change an exercise of a workout plan")
    Envelope<WorkoutExerciseResponse> updateExercise(CurrentUser caller, @PathVariable UUID planId,
            @PathVariable UUID exerciseId, @Valid @RequestBody UpdateWorkoutExerciseRequest request) {
        workoutPlans.updateExercise(caller.id(), planId, exerciseId, request.toChange(caller.weightUnit()));
        return Envelope.of("Exercise updated successfully", exerciseView(caller, planId, exerciseId));
    }

    @DeleteMapping("/{planId}/exercises/{exerciseId}")
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "removeWorkoutPlanExercise", summary = "Remove an exercise from a workout plan")
    Envelope<Void> removeExercise(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID exerciseId) {
        workoutPlans.removeExercise(caller.id(), planId, exerciseId);
        return Envelope.of("Exercise removed from workout plan", null);
    }

    private WorkoutPlanResponse view(CurrentUser caller, UUID planId) {
        PlanTree plan = planQueries.plan(caller.id(), planId);
        UserCard creator = users.cards(List.of(plan.userId())).get(plan.userId());
        return WorkoutPlanResponse.from(plan, creator, caller.id(), exercises(caller, plan));
    }

    private WorkoutExerciseResponse exerciseView(CurrentUser caller, UUID planId, UUID plannedExerciseId) {
        return exercises(caller, planQueries.plan(caller.id(), planId)).stream()
                .filter(exercise -> exercise.id().equals(plannedExerciseId)).findFirst().orElseThrow();
    }

    /** Every day's exercises, in day order, numbered on from 1: a one-day plan's own order. */
    private List<WorkoutExerciseResponse> exercises(CurrentUser caller, PlanTree plan) {
        List<PlanTree.Exercise> all = plan.days().stream().flatMap(day -> day.exercises().stream()).toList();
        Map<UUID, ExerciseSummary> details = catalog
                .summaries(all.stream().map(PlanTree.Exercise::exerciseId).toList());
        WeightUnit unit = caller.weightUnit();
        return IntStream.range(0, all.size())
                .mapToObj(i -> WorkoutExerciseResponse.from(all.get(i), i + 1, details.get(all.get(i).exerciseId()),
                        unit))
                .toList();
    }
}
