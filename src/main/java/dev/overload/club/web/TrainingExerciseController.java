package dev.overload.club.web;

import dev.overload.club.domain.TrainingExercise;
import dev.overload.club.domain.TrainingQueries;
import dev.overload.club.domain.Trainings;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.contract.OwnAccountOnly;
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
@OwnAccountOnly
@RequestMapping("/api/club/trainings/{trainingId}/exercises")
@Tag(name = "Club")
class TrainingExerciseController {

    private final Trainings trainings;
    private final TrainingQueries queries;

    TrainingExerciseController(Trainings trainings, TrainingQueries queries) {
        this.trainings = trainings;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listClubTrainingExercises", summary = "A training's exercises in order")
    List<TrainingExercise> list(CurrentUser caller, @PathVariable UUID trainingId) {
        return queries.get(caller, trainingId).exercises();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "addClubTrainingExercise", summary = "Add an exercise at order_in_training (appended "
            + "when left out); the ones after it move down")
    ResponseEntity<TrainingExercise> add(CurrentUser caller, @PathVariable UUID trainingId,
            @Valid @RequestBody TrainingExerciseRequest request) {
        UUID id = trainings.addExercise(caller, trainingId, request.toNew());
        return ResponseEntity.created(URI.create("/api/club/trainings/" + trainingId + "/exercises/" + id))
                .body(queries.exercise(caller, trainingId, id));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClubTrainingExercise", summary = "One exercise of a training")
    TrainingExercise get(CurrentUser caller, @PathVariable UUID trainingId, @PathVariable UUID id) {
        return queries.exercise(caller, trainingId, id);
    }

    @PutMapping("/{id}")
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "updateClubTrainingExercise", summary = "Change an exercise of a training, or move it "
            + "to another order_in_training; left-out fields are kept")
    TrainingExercise update(CurrentUser caller, @PathVariable UUID trainingId, @PathVariable UUID id,
            @Valid @RequestBody TrainingExerciseRequest request) {
        trainings.updateExercise(caller, trainingId, id, request.toChange());
        return queries.exercise(caller, trainingId, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "removeClubTrainingExercise", summary = "Remove an exercise; the ones after it move up")
    void remove(CurrentUser caller, @PathVariable UUID trainingId, @PathVariable UUID id) {
        trainings.removeExercise(caller, trainingId, id);
    }
}
