package dev.overload.club.web;

import dev.overload.club.domain.TrainingQueries;
import dev.overload.club.domain.TrainingView;
import dev.overload.club.domain.Trainings;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.contract.OwnAccountOnly;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@OwnAccountOnly
@Tag(name = "Club")
class TrainingController {

    private final Trainings trainings;
    private final TrainingQueries queries;

    TrainingController(Trainings trainings, TrainingQueries queries) {
        this.trainings = trainings;
        this.queries = queries;
    }

    @GetMapping("/api/club/clients/{clientId}/trainings")
    @Operation(operationId = "listClubTrainings", summary = "A client's trainings by date (undated last), with how "
            + "each went and its sessions; sort by date or created_at")
    ResponseEntity<List<TrainingView>> list(CurrentUser caller, @PathVariable UUID clientId,
            @Valid @ParameterObject PageParams page) {
        return queries.list(caller, clientId, page).toResponse();
    }

    @PostMapping("/api/club/clients/{clientId}/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "createClubTraining", summary = "A training for the client: a plan of theirs with one "
            + "day, placed in their calendar when dated")
    ResponseEntity<TrainingView> create(CurrentUser caller, @PathVariable UUID clientId,
            @Valid @RequestBody TrainingRequest request) {
        UUID id = trainings.create(caller, clientId, request.toDraft());
        return ResponseEntity.created(URI.create("/api/club/trainings/" + id)).body(queries.get(caller, id));
    }

    @GetMapping("/api/club/trainings/{id}")
    @Operation(operationId = "getClubTraining", summary = "A training with its exercises, how it went and its "
            + "sessions (planned against done)")
    TrainingView get(CurrentUser caller, @PathVariable UUID id) {
        return queries.get(caller, id);
    }

    @PutMapping("/api/club/trainings/{id}")
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "updateClubTraining", summary = "Change a training; left-out fields are kept, a null "
            + "date takes it out of the calendar")
    TrainingView update(CurrentUser caller, @PathVariable UUID id, @Valid @RequestBody TrainingRequest request) {
        trainings.update(caller, id, request.toDraft());
        return queries.get(caller, id);
    }

    @DeleteMapping("/api/club/trainings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "deleteClubTraining", summary = "Delete a training with its plan and schedule; the "
            + "sessions that trained it stay")
    void delete(CurrentUser caller, @PathVariable UUID id) {
        trainings.delete(caller, id);
    }
}
