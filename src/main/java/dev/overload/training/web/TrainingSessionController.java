package dev.overload.training.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.paging.PageParams;
import dev.overload.training.SessionStatus;
import dev.overload.training.domain.LoggedSessions;
import dev.overload.training.domain.SessionCompletion;
import dev.overload.training.domain.SessionFilter;
import dev.overload.training.domain.SessionInsights;
import dev.overload.training.domain.SessionQueries;
import dev.overload.training.domain.SessionView;
import dev.overload.training.domain.Sessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/training-sessions")
@Tag(name = "Training sessions",
        description = "Performed workouts: start, log, complete with progression, results and analysis")
class TrainingSessionController {

    private final Sessions sessions;
    private final LoggedSessions logged;
    private final SessionCompletion completion;
    private final SessionQueries queries;
    private final SessionInsights insights;

    TrainingSessionController(Sessions sessions, LoggedSessions logged, SessionCompletion completion,
            SessionQueries queries,
            SessionInsights insights) {
        this.sessions = sessions;
        this.logged = logged;
        this.completion = completion;
        this.queries = queries;
        this.insights = insights;
    }

    @GetMapping
    @Operation(operationId = "listTrainingSessions",
            summary = "My sessions with their sets, newest first (order=asc for oldest); dates are UTC days")
    ResponseEntity<List<SessionResponse>> list(CurrentUser caller,
            @RequestParam(required = false) SessionStatus status,
            @RequestParam(name = "date_from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateFrom,
            @RequestParam(name = "date_to", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateTo,
            @RequestParam(defaultValue = "desc") String order,
            @Valid @ParameterObject PageParams page) {
        if (!order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw new InvalidFieldException("order", "must be asc or desc");
        }
        WeightUnit unit = caller.weightUnit();
        return queries.sessions(caller.id(), new SessionFilter(status, dateFrom, dateTo, order.equalsIgnoreCase("asc")),
                page).map(session -> SessionResponse.from(session, unit)).toResponse();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "createTrainingSession", summary = "Start a session of one of my plan days (its sets "
            + "carry the plan's current targets), or an ad-hoc session without a plan")
    ResponseEntity<SessionResponse> create(CurrentUser caller, @Valid @RequestBody StartSessionRequest request) {
        SessionView session = sessions.start(caller.id(), caller.timeZone(), request.toStart());
        return ResponseEntity.created(URI.create("/api/training-sessions/" + session.id()))
                .body(SessionResponse.from(session, caller.weightUnit()));
    }

    @PostMapping("/logged")
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "logTrainingSession", summary = "Record a whole finished workout at once (when it took "
            + "place, each exercise's sets as done): it becomes a COMPLETED session with its records and usage, and "
            + "progresses the plan when it names a plan day")
    ResponseEntity<SessionResponse> log(CurrentUser caller, @Valid @RequestBody LogSessionRequest request) {
        UUID id = logged.log(caller.id(), caller.timeZone(), request.toLogged(caller.weightUnit()));
        return ResponseEntity.created(URI.create("/api/training-sessions/" + id)).body(view(caller, id));
    }

    @GetMapping("/{sessionId}")
    @Conditional
    @Operation(operationId = "getTrainingSession", summary = "One of my sessions with its sets")
    ResponseEntity<SessionResponse> get(CurrentUser caller, @PathVariable UUID sessionId) {
        SessionView session = queries.session(caller.id(), sessionId);
        return ResponseEntity.ok().eTag(ETags.of(session.version(), caller.weightUnit().name()))
                .body(SessionResponse.from(session, caller.weightUnit()));
    }

    @PutMapping("/{sessionId}")
    @Conditional
    @Operation(operationId = "updateTrainingSession",
            summary = "Describe a session or cancel it (status CANCELLED); left-out fields are kept")
    SessionResponse update(CurrentUser caller, @PathVariable UUID sessionId,
            @Valid @RequestBody UpdateSessionRequest request) {
        sessions.update(caller.id(), sessionId, request.toChanges());
        return view(caller, sessionId);
    }

    @DeleteMapping("/{sessionId}")
    @Conditional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteTrainingSession", summary = "Delete a session with its sets")
    void delete(CurrentUser caller, @PathVariable UUID sessionId) {
        sessions.delete(caller.id(), sessionId);
    }

    @PostMapping("/{sessionId}/complete")
    @Idempotent
    @Operation(operationId = "completeTrainingSession", summary = "Finish a session and apply progression to its "
            + "plan once; completing again changes nothing and answers the same")
    SessionResponse complete(CurrentUser caller, @PathVariable UUID sessionId) {
        return SessionResponse.from(completion.complete(caller.id(), sessionId), caller.weightUnit());
    }

    @GetMapping("/{sessionId}/results")
    @Operation(operationId = "getTrainingSessionResults",
            summary = "Per exercise: sets and reps achieved, total weight lifted (Σ reps × weight), best set")
    List<ExerciseResultResponse> results(CurrentUser caller, @PathVariable UUID sessionId) {
        WeightUnit unit = caller.weightUnit();
        return insights.results(caller.id(), sessionId).stream()
                .map(result -> ExerciseResultResponse.from(result, unit)).toList();
    }

    @GetMapping("/{sessionId}/analysis")
    @Operation(operationId = "getTrainingSessionAnalysis", summary = "Per exercise, against the previous completed "
            + "session with it: strength, reps at weight, sets at weight and reps — improved, held or regressed")
    List<ExerciseAnalysisResponse> analysis(CurrentUser caller, @PathVariable UUID sessionId) {
        WeightUnit unit = caller.weightUnit();
        return insights.analysis(caller.id(), sessionId).stream()
                .map(analysis -> ExerciseAnalysisResponse.from(analysis, unit)).toList();
    }

    @PutMapping("/{sessionId}/exercises/{exerciseId}/feedback")
    @Operation(operationId = "rateSessionExercise",
            summary = "Stimulus and fatigue (1–5) of an exercise in the session")
    SessionResponse rate(CurrentUser caller, @PathVariable UUID sessionId, @PathVariable UUID exerciseId,
            @Valid @RequestBody FeedbackRequest request) {
        sessions.rate(caller.id(), sessionId, exerciseId, request.stimulus(), request.fatigue());
        return view(caller, sessionId);
    }

    private SessionResponse view(CurrentUser caller, UUID sessionId) {
        return SessionResponse.from(queries.session(caller.id(), sessionId), caller.weightUnit());
    }
}
