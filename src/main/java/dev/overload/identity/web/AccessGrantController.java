package dev.overload.identity.web;

import dev.overload.identity.domain.AccessGrantsService;
import dev.overload.identity.domain.AccessGrantsService.GrantView;
import dev.overload.identity.domain.AccessGrantsService.LogEntry;
import dev.overload.shared.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

@RestController
@OwnAccountOnly
@Tag(name = "Access grants", description = "Whom I let act for me (header Act-As-User), and what they wrote")
class AccessGrantController {

    private final AccessGrantsService grants;

    AccessGrantController(AccessGrantsService grants) {
        this.grants = grants;
    }

    @GetMapping("/api/users/me/access-grants")
    @Operation(operationId = "listMyAccessGrants", summary = "The trainers who may act for me, oldest grant first")
    List<GrantView> list(CurrentUser caller) {
        return grants.grants(caller.id());
    }

    @PostMapping("/api/users/me/access-grants")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "grantAccess", summary = "Let a trainer act for me with the header Act-As-User: "
            + "every endpoint, as if they were me; granting again changes nothing")
    ResponseEntity<GrantView> grant(CurrentUser caller, @Valid @RequestBody AccessGrantRequest request) {
        GrantView grant = grants.grantTrainer(caller.id(), request.trainerId());
        return ResponseEntity.created(URI.create("/api/users/me/access-grants/" + grant.trainerId())).body(grant);
    }

    @DeleteMapping("/api/users/me/access-grants/{trainerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeAccess", summary = "End a trainer's access to my data, from their next request")
    void revoke(CurrentUser caller, @PathVariable UUID trainerId) {
        grants.revokeOwn(caller.id(), trainerId);
    }

    @GetMapping("/api/users/me/access-log")
    @Operation(operationId = "listMyAccessLog", summary = "Writes others made for me (acted_by), newest first; "
            + "sort by created_at")
    ResponseEntity<List<LogEntry>> log(CurrentUser caller, @Valid @ParameterObject PageParams page) {
        return grants.log(caller.id(), page).toResponse();
    }
}
