package dev.overload.planning.domain;

import dev.overload.identity.TrainingPlanOwnership;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets a profile's active plan be checked against the plans the user owns. */
@Component
class PlanOwnershipAdapter implements TrainingPlanOwnership {

    private final TrainingPlanRepository plans;

    PlanOwnershipAdapter(TrainingPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOwnedBy(UUID planId, UUID userId) {
        return plans.existsByIdAndUserId(planId, userId);
    }
}
