package dev.overload.coach.builtin;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in coach understood of a query: its intents in the order the query names them, and their details
 * — the body part to emphasise (a muscle group slug or body region), the equipment allowed and excluded (slugs),
 * whether the query speaks of training at home, a number of days and a session length, when given.
 */
public record Understanding(List<Intent> intents, @Nullable String bodyPart, Set<String> allowedEquipment,
        Set<String> excludedEquipment, boolean atHome, @Nullable Integer days, @Nullable Integer minutes) {

    public boolean understood() {
        return !intents.isEmpty();
    }
}
