package dev.overload.planning.domain;

import dev.overload.identity.AccountViewPart;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Shows the plan a user trains now in their account view, as {@code active_training_plan_id}. */
@Component
class ActivePlanViewPart implements AccountViewPart {

    private final ActivePlans activePlans;

    ActivePlanViewPart(ActivePlans activePlans) {
        this.activePlans = activePlans;
    }

    @Override
    public Map<String, Object> of(UUID userId) {
        Map<String, Object> part = new HashMap<>();
        part.put("active_training_plan_id", activePlans.of(userId).map(ActivePlans.ActivePlan::planId).orElse(null));
        return part;
    }
}
