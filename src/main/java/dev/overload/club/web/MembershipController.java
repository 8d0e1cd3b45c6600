package dev.overload.club.web;

import dev.overload.club.domain.MembershipView;
import dev.overload.club.domain.Memberships;
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
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/club/memberships")
@Tag(name = "Club")
class MembershipController {

    private final Memberships memberships;

    MembershipController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping
    @Operation(operationId = "listMemberships", summary = "The club's memberships, cheapest first; sort by price, "
            + "access_level or created_at")
    ResponseEntity<List<MembershipView>> list(@Valid @ParameterObject PageParams page) {
        return memberships.list(page).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "createMembership", summary = "A new membership (administrators)")
    ResponseEntity<MembershipView> create(CurrentUser caller, @Valid @RequestBody MembershipRequest request) {
        MembershipView membership = memberships.create(caller, request.toDraft());
        return ResponseEntity.created(URI.create("/api/club/memberships/" + membership.id())).body(membership);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMembership", summary = "One membership")
    MembershipView get(@PathVariable UUID id) {
        return memberships.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "updateMembership", summary = "Change a membership (administrators); left-out fields "
            + "are kept")
    MembershipView update(CurrentUser caller, @PathVariable UUID id, @Valid @RequestBody MembershipRequest request) {
        return memberships.update(caller, id, request.toDraft());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "deleteMembership", summary = "Delete a membership (administrators): its clients move "
            + "to the club's default membership, or 409 when there is no other default")
    void delete(CurrentUser caller, @PathVariable UUID id) {
        memberships.delete(caller, id);
    }
}
