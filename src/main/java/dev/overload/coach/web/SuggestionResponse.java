package dev.overload.coach.web;

import dev.overload.coach.domain.SuggestionView;
import dev.overload.shared.units.WeightUnit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Seed 004's answer to {@code /suggest}: the coach's message, whether it changed the plan, and the plan as it
 * suggests it (null when unchanged); with the suggestion's id (to apply it), the ids of the days, exercises and sets
 * it removes, what was asked, which coach answered and what it understood, and when it was applied.
 */
record SuggestionResponse(UUID suggestionId, String aiMessage, boolean aiPlanModified,
        @Nullable SuggestedPlanResponse suggestedTrainingPlan, List<UUID> removed, String query, String coach,
        List<String> intents, long planVersion, Instant createdAt, @Nullable Instant appliedAt) {

    static SuggestionResponse from(SuggestionView suggestion, UUID userId, WeightUnit unit) {
        return new SuggestionResponse(suggestion.id(), suggestion.message(), suggestion.modified(),
                suggestion.plan() == null ? null
                        : SuggestedPlanResponse.from(suggestion.planId(), userId, suggestion.plan(), unit),
                suggestion.removed(), suggestion.query(), suggestion.coach(), suggestion.intents(),
                suggestion.planVersion(), suggestion.createdAt(), suggestion.appliedAt());
    }
}
