package dev.overload.coach.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion as kept: the query, the coach's message, the proposed plan with what changed marked (null when it
 * changes nothing), the ids it removes, the plan version it was made for, and when it was applied.
 */
public record SuggestionView(UUID id, UUID planId, long planVersion, String query, String coach, List<String> intents,
        String message, @Nullable SuggestedPlan plan, List<UUID> removed, Instant createdAt,
        @Nullable Instant appliedAt) {

    public boolean modified() {
        return plan != null;
    }
}
