package dev.overload.club.web;

import dev.overload.club.domain.ClubPlanView;
import dev.overload.club.domain.ClubPlans;
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
class ClubPlanController {

    private final ClubPlans plans;

    ClubPlanController(ClubPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/club/clients/{clientId}/training-plans")
    @Operation(operationId = "listClubTrainingPlans", summary = "A client's training plans, newest first; sort by "
            + "created_at or title")
    ResponseEntity<List<ClubPlanView>> list(CurrentUser caller, @PathVariable UUID clientId,
            @Valid @ParameterObject PageParams page) {
        return plans.list(caller, clientId, page).toResponse();
    }

    @PostMapping("/api/club/clients/{clientId}/training-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "createClubTrainingPlan", summary = "A training plan for the client, to group trainings")
    ResponseEntity<ClubPlanView> create(CurrentUser caller, @PathVariable UUID clientId,
            @Valid @RequestBody ClubPlanRequest request) {
        UUID id = plans.create(caller, clientId, request.title(), request.description(), request.status());
        return ResponseEntity.created(URI.create("/api/club/training-plans/" + id)).body(plans.get(caller, id));
    }

    @GetMapping("/api/club/training-plans/{id}")
    @Operation(operationId = "getClubTrainingPlan", summary = "A training plan with its trainings' ids")
    ClubPlanView get(CurrentUser caller, @PathVariable UUID id) {
        return plans.get(caller, id);
    }

    @PutMapping("/api/club/training-plans/{id}")
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "updateClubTrainingPlan", summary = "Change a training plan; left-out fields are kept")
    ClubPlanView update(CurrentUser caller, @PathVariable UUID id, @Valid @RequestBody ClubPlanRequest request) {
        plans.update(caller, id, request.title(), request.description(), request.status());
        return plans.get(caller, id);
    }

    @DeleteMapping("/api/club/training-plans/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "deleteClubTrainingPlan", summary = "Delete a training plan; its trainings stay")
    void delete(CurrentUser caller, @PathVariable UUID id) {
        plans.delete(caller, id);
    }

    @PostMapping("/api/club/training-plans/{id}/trainings/{trainingId}")
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "addTrainingToClubPlan", summary = "Put one of the client's trainings in the plan "
            + "(a training may be in several plans); again changes nothing")
    ClubPlanView link(CurrentUser caller, @PathVariable UUID id, @PathVariable UUID trainingId) {
        plans.link(caller, id, trainingId);
        return plans.get(caller, id);
    }

    @DeleteMapping("/api/club/training-plans/{id}/trainings/{trainingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorStatus(value = 403, description = ClubRoles.WRITERS)
    @Operation(operationId = "removeTrainingFromClubPlan", summary = "Take a training out of the plan; it stays")
    void unlink(CurrentUser caller, @PathVariable UUID id, @PathVariable UUID trainingId) {
        plans.unlink(caller, id, trainingId);
    }
}
