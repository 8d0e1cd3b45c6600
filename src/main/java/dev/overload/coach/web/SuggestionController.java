package dev.overload.coach.web;

import dev.overload.coach.domain.Suggestions;
import dev.overload.planning.web.PlanResponse;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training-plans/{planId}")
@Tag(name = "Coach", description = "Plan suggestions from the built-in coach or a configured model, applied on request")
class SuggestionController {

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping("/suggest")
    @ErrorStatus(value = 403, description = "No AI suggestions left (an administrator can allow more)")
    @ErrorStatus(value = 502, description = "The coach's model gave no usable answer in time; nothing was spent")
    @Operation(operationId = "suggestTrainingPlanChanges", summary = "Ask the coach to change my plan: answers the "
            + "plan as suggested with what changed marked; nothing changes until the suggestion is applied. A "
            + "suggestion that changes the plan costs one of my AI suggestions")
    SuggestionResponse suggest(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody SuggestRequest request) {
        return SuggestionResponse.from(suggestions.suggest(caller.id(), planId, request.query()), caller.id(),
                caller.weightUnit());
    }

    @GetMapping("/suggestions")
    @Operation(operationId = "listTrainingPlanSuggestions",
            summary = "What the coach suggested for my plan, newest first; sort by created_at")
    ResponseEntity<List<SuggestionResponse>> list(CurrentUser caller, @PathVariable UUID planId,
            @Valid @ParameterObject PageParams page) {
        return suggestions.list(caller.id(), planId, page)
                .map(suggestion -> SuggestionResponse.from(suggestion, caller.id(), caller.weightUnit()))
                .toResponse();
    }

    @PostMapping("/suggestions/{suggestionId}/apply")
    @Conditional
    @Operation(operationId = "applyTrainingPlanSuggestion", summary = "Make my plan what the suggestion proposed, in "
            + "one transaction, and answer the plan as getTrainingPlan does (body and ETag); refused (409) when the "
            + "plan changed since the suggestion or it was applied already")
    ResponseEntity<PlanResponse> apply(CurrentUser caller, @PathVariable UUID planId,
            @PathVariable UUID suggestionId) {
        suggestions.apply(caller.id(), planId, suggestionId);
        return PlanResponse.tagged(ResponseEntity.ok(), suggestions.ownPlan(caller.id(), planId),
                caller.weightUnit());
    }
}
