package dev.overload.club.web;

import dev.overload.club.domain.ClientFilter;
import dev.overload.club.domain.ClientQueries;
import dev.overload.club.domain.ClientStatus;
import dev.overload.club.domain.Clients;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.contract.OwnAccountOnly;
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
import org.springframework.security.access.prepost.PreAuthorize;
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
@OwnAccountOnly
@RequestMapping("/api/club/clients")
@Tag(name = "Club")
class ClientController {

    private final Clients clients;
    private final ClientQueries queries;

    ClientController(Clients clients, ClientQueries queries) {
        this.clients = clients;
        this.queries = queries;
    }

    @GetMapping
    @ErrorStatus(value = 403, description = ClubRoles.READERS)
    @Operation(operationId = "listClients", summary = "The club's clients (administrators), or my assigned clients "
            + "(trainers); filter by status, membership_id, trainer_id, search (names, phone); sort by last_name, "
            + "first_name, created_at, date_of_birth or membership_ends_on")
    ResponseEntity<List<ClientResponse>> list(CurrentUser caller,
            @RequestParam(required = false) ClientStatus status,
            @RequestParam(name = "membership_id", required = false) UUID membershipId,
            @RequestParam(name = "trainer_id", required = false) UUID trainerId,
            @RequestParam(required = false) @Size(max = 100) String search,
            @Valid @ParameterObject PageParams page) {
        return queries.list(caller, new ClientFilter(status, membershipId, trainerId, search), page)
                .map(client -> ClientResponse.from(client, caller)).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "createClient", summary = "A client of an existing account (user_id), or of a new "
            + "account invited by email with a link to set its password (administrators)")
    ResponseEntity<ClientResponse> create(CurrentUser caller, @Valid @RequestBody ClientRequest request) {
        request.requireForCreate();
        ClientResponse client = ClientResponse.from(clients.create(caller, request.userId(), request.email(),
                request.membershipId(), request.toDetails()), caller);
        return ResponseEntity.created(URI.create("/api/club/clients/" + client.id())).body(client);
    }

    @GetMapping("/me")
    @ErrorStatus(value = 404, description = "The caller is not a client of the club")
    @Operation(operationId = "getMyClientRecord", summary = "My own client record at the club")
    ClientResponse mine(CurrentUser caller) {
        return ClientResponse.from(queries.mine(caller), caller);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClient", summary = "A client: administrators, the assigned trainer and the client")
    ClientResponse get(CurrentUser caller, @PathVariable UUID id) {
        return ClientResponse.from(queries.get(caller, id), caller);
    }

    @PutMapping("/{id}")
    @ErrorStatus(value = 403, description = "The client themselves, or a trainer changing the membership or status")
    @Operation(operationId = "updateClient", summary = "Change a client: administrators everything, the assigned "
            + "trainer the client's own details; left-out fields are kept")
    ClientResponse update(CurrentUser caller, @PathVariable UUID id, @Valid @RequestBody ClientRequest request) {
        return ClientResponse.from(clients.update(caller, id, request.membershipId(), request.toDetails()), caller);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "deleteClient", summary = "Remove a client (administrators): the club's records and the "
            + "account stay, the trainer's access ends")
    void delete(CurrentUser caller, @PathVariable UUID id) {
        clients.delete(caller, id);
    }

    @PutMapping("/{id}/trainer")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "assignTrainer", summary = "Assign the client's trainer, or none (administrators): the "
            + "trainer may then act for the client everywhere with Act-As-User")
    ClientResponse assignTrainer(CurrentUser caller, @PathVariable UUID id, @RequestBody TrainerRequest request) {
        return ClientResponse.from(clients.assignTrainer(caller, id, request.trainerId()), caller);
    }
}
