package dev.overload.planning.web;

import dev.overload.shared.units.WeightUnit;
import dev.overload.planning.domain.Progressions;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code exerciseId} here is the catalog exercise: a rule holds for it wherever it appears in the plan. */
@RestController
@RequestMapping("/api/training-plans/{planId}/exercises/{exerciseId}/progression")
@Tag(name = "Training plan exercise progressions",
        description = "How an exercise progresses in a plan after each session")
class ProgressionController {

    private final Progressions progressions;

    ProgressionController(Progressions progressions) {
        this.progressions = progressions;
    }

    @GetMapping
    @Operation(operationId = "getProgression", summary = "The progression rule of an exercise in my plan")
    ProgressionResponse get(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID exerciseId) {
        return ProgressionResponse.from(progressions.get(caller.id(), planId, exerciseId),
                caller.weightUnit());
    }

    @PostMapping("/preview")
    @Operation(operationId = "previewProgression", summary = "The target weights the next sessions would get for "
            + "the given outcomes (success or failure, in order), without changing anything")
    PreviewResponse preview(CurrentUser caller, @PathVariable UUID planId, @PathVariable UUID exerciseId,
            @Valid @RequestBody PreviewRequest request) {
        return PreviewResponse.from(exerciseId,
                progressions.preview(caller.id(), planId, exerciseId, request.successes()),
                caller.weightUnit());
    }

    @PutMapping
    @ApiResponse(responseCode = "200", description = "The rule was changed")
    @ApiResponse(responseCode = "201", description = "The rule was created")
    @ErrorStatus(value = 403, description = PlanOwnership.CREATOR_ONLY)
    @Operation(operationId = "putProgression",
            summary = "Create (201) or change (200) the progression rule of an exercise in my plan")
    ResponseEntity<ProgressionResponse> put(CurrentUser caller, @PathVariable UUID planId,
            @PathVariable UUID exerciseId, @Valid @RequestBody ProgressionRequest request) {
        WeightUnit unit = caller.weightUnit();
        var configured = progressions.configure(caller.id(), planId, exerciseId, request.toSettings(unit));
        ProgressionResponse body = ProgressionResponse.from(configured.progression(), unit);
        return configured.created()
                ? ResponseEntity.created(URI.create("/api/training-plans/" + planId + "/exercises/" + exerciseId
                        + "/progression")).body(body)
                : ResponseEntity.ok(body);
    }
}
