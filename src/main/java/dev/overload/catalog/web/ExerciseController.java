package dev.overload.catalog.web;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.domain.ExerciseDraft;
import dev.overload.catalog.domain.ExerciseFilter;
import dev.overload.catalog.domain.ExerciseQueries;
import dev.overload.catalog.domain.ExerciseView;
import dev.overload.catalog.domain.Exercises;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/exercises")
@Tag(name = "Exercises", description = "The exercise catalog: system and custom exercises, muscle groups, equipment")
class ExerciseController {

    private final Exercises exercises;
    private final ExerciseQueries queries;

    ExerciseController(Exercises exercises, ExerciseQueries queries) {
        this.exercises = exercises;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listExercises", summary = "System exercises and my custom ones. search: name and "
            + "description, ignoring case and accents; muscle_group: a muscle group or body region (primary or "
            + "secondary); equipment: a slug or 'bodyweight'; sort: name, created_at, difficulty or recent "
            + "(my most recently used first)")
    ResponseEntity<List<ExerciseView>> list(CurrentUser caller,
            @RequestParam(required = false) @Size(max = 100) String search,
            @RequestParam(name = "muscle_group", required = false) @Size(max = 40) String muscleGroup,
            @RequestParam(required = false) @Size(max = 40) String equipment,
            @RequestParam(required = false) ExerciseCategory category,
            @RequestParam(required = false) Difficulty difficulty,
            @RequestParam(required = false) Boolean custom,
            @Valid @ParameterObject PageParams page) {
        ExerciseFilter filter = new ExerciseFilter(search, muscleGroup, equipment, category, difficulty, custom);
        return queries.list(caller.id(), filter, page).toResponse();
    }

    @GetMapping("/{id}")
    @Conditional
    @Operation(operationId = "getExercise", summary = "A system exercise or one of my custom ones, with my usage")
    ResponseEntity<ExerciseView> get(CurrentUser caller, @PathVariable UUID id) {
        return tagged(ResponseEntity.ok(), caller, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "createExercise",
            summary = "Create a custom exercise only I see (a system exercise when I am an administrator)")
    ResponseEntity<ExerciseView> create(CurrentUser caller, @Valid @RequestBody ExerciseDraft exercise) {
        UUID id = exercises.create(caller, exercise);
        return tagged(ResponseEntity.created(URI.create("/api/exercises/" + id)), caller, id);
    }

    @PutMapping("/{id}")
    @Conditional
    @ErrorStatus(value = 403, description = "A system exercise, for a caller who is not an administrator")
    @Operation(operationId = "updateExercise",
            summary = "Change my custom exercise (administrators: a system exercise); left-out fields are kept")
    ResponseEntity<ExerciseView> update(CurrentUser caller, @PathVariable UUID id,
            @Valid @RequestBody ExerciseUpdateRequest exercise) {
        exercises.update(caller, id, exercise.toDraft());
        return tagged(ResponseEntity.ok(), caller, id);
    }

    @DeleteMapping("/{id}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = "A system exercise, for a caller who is not an administrator")
    @Operation(operationId = "deleteExercise", summary = "Delete an exercise no plan or session uses (else 409)")
    void delete(CurrentUser caller, @PathVariable UUID id) {
        exercises.delete(caller, id);
    }

    private ResponseEntity<ExerciseView> tagged(ResponseEntity.BodyBuilder response, CurrentUser caller, UUID id) {
        ExerciseView exercise = queries.get(caller.id(), id);
        return response.eTag(exercise.etag()).body(exercise);
    }
}
