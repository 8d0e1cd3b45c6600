package dev.overload.planning.domain;

import dev.overload.shared.ForbiddenException;
import dev.overload.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may change a plan: only its owner. Someone else's public plan may be seen, so changing it is
 * refused (403); someone else's private plan does not exist for the caller (404).
 */
@Component
class PlanAccess {

    private final TrainingPlanRepository plans;

    PlanAccess(TrainingPlanRepository plans) {
        this.plans = plans;
    }

    TrainingPlan forChange(UUID callerId, UUID planId) {
        return plans.findOwnedForUpdate(planId, callerId).orElseThrow(() -> {
            if (plans.isPublic(planId).orElse(false)) {
                return new ForbiddenException("Only the plan's creator can change it");
            }
            return new NotFoundException("Training plan");
        });
    }

    /** The caller's own plan, or a public one: what may be read, copied or commented on. */
    TrainingPlan forReading(UUID callerId, UUID planId) {
        return plans.findById(planId)
                .filter(plan -> plan.isOwnedBy(callerId) || plan.isPublic())
                .orElseThrow(() -> new NotFoundException("Training plan"));
    }
}
