package dev.overload.training.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.contract.Idempotent;
import dev.overload.training.domain.SessionView;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.training.domain.SessionQueries;
import dev.overload.training.domain.SessionSets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training-sessions/{sessionId}/sets")
@Tag(name = "Session sets", description = "The sets of a training session: expected and actual values")
class SessionSetController {

    private final SessionSets sets;
    private final SessionQueries queries;

    SessionSetController(SessionSets sets, SessionQueries queries) {
        this.sets = sets;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listSessionSets", summary = "The session's sets, exercise by exercise")
    List<SessionSetResponse> list(CurrentUser caller, @PathVariable UUID sessionId) {
        WeightUnit unit = caller.weightUnit();
        return queries.session(caller.id(), sessionId).sets().stream()
                .map(set -> SessionSetResponse.from(set, unit)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "createSessionSet", summary = "Add a set for a plan exercise of the session or for any "
            + "catalog exercise, at set_index or at the end")
    ResponseEntity<SessionSetResponse> create(CurrentUser caller, @PathVariable UUID sessionId,
            @Valid @RequestBody AddSessionSetRequest request) {
        WeightUnit unit = caller.weightUnit();
        UUID setId = sets.add(caller.id(), sessionId, request.toNewSet(unit));
        return ResponseEntity.created(URI.create("/api/training-sessions/" + sessionId + "/sets/" + setId))
                .body(view(caller, queries.session(caller.id(), sessionId), setId));
    }

    @GetMapping("/{setId}")
    @Conditional
    @Operation(operationId = "getSessionSet", summary = "One set of the session")
    ResponseEntity<SessionSetResponse> get(CurrentUser caller, @PathVariable UUID sessionId,
            @PathVariable UUID setId) {
        SessionView session = queries.session(caller.id(), sessionId);
        return ResponseEntity.ok().eTag(ETags.of(session.version(), caller.weightUnit().name()))
                .body(view(caller, session, setId));
    }

    @PutMapping("/{setId}")
    @Conditional
    @Operation(operationId = "updateSessionSet", summary = "Record actual reps, weight, RIR or status")
    SessionSetResponse update(CurrentUser caller, @PathVariable UUID sessionId, @PathVariable UUID setId,
            @Valid @RequestBody RecordSetRequest request) {
        WeightUnit unit = caller.weightUnit();
        return SessionSetResponse.from(sets.record(caller.id(), sessionId, setId, request.toRecord(unit)), unit);
    }

    @DeleteMapping("/{setId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteSessionSet", summary = "Delete a set; the exercise's following sets move up")
    void delete(CurrentUser caller, @PathVariable UUID sessionId, @PathVariable UUID setId) {
        sets.delete(caller.id(), sessionId, setId);
    }

    @PatchMapping("/{setId}/complete")
    @Conditional
    @Operation(operationId = "completeSessionSet",
            summary = "Mark a set done, with the reps and weight recorded or else as expected")
    SessionSetResponse complete(CurrentUser caller, @PathVariable UUID sessionId, @PathVariable UUID setId) {
        return SessionSetResponse.from(sets.complete(caller.id(), sessionId, setId), caller.weightUnit());
    }

    @PatchMapping("/{setId}/fail")
    @Conditional
    @Operation(operationId = "failSessionSet", summary = "Mark a set failed with the reps actually done (default 0)")
    SessionSetResponse fail(CurrentUser caller, @PathVariable UUID sessionId, @PathVariable UUID setId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int reps) {
        return SessionSetResponse.from(sets.fail(caller.id(), sessionId, setId, reps), caller.weightUnit());
    }

    @PatchMapping("/{setId}/reset")
    @Conditional
    @Operation(operationId = "resetSessionSet", summary = "Mark a set pending again and clear its completion time")
    SessionSetResponse reset(CurrentUser caller, @PathVariable UUID sessionId, @PathVariable UUID setId) {
        return SessionSetResponse.from(sets.reset(caller.id(), sessionId, setId), caller.weightUnit());
    }

    private SessionSetResponse view(CurrentUser caller, SessionView session, UUID setId) {
        return session.sets().stream().filter(set -> set.id().equals(setId))
                .findFirst().map(set -> SessionSetResponse.from(set, caller.weightUnit()))
                .orElseThrow(() -> new NotFoundException("Session set"));
    }
}
