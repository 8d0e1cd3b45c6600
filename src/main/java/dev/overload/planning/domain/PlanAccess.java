package dev.overload.planning.domain;

import dev.overload.shared.contract.ETags;
import dev.overload.shared.errors.ForbiddenException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.planning.TrainingPlanChanged;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may change a plan: only its owner. Someone else's public plan may be seen, so changing it is
 * refused (403); someone else's private plan does not exist for the caller (404). A change with
 * {@code If-Match} is made only to the version it names (412 otherwise), checked under the lock.
 */
@Component
class PlanAccess {

    private final TrainingPlanRepository plans;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    PlanAccess(TrainingPlanRepository plans, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.plans = plans;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * The caller's plan, locked for a change in this transaction; the change is announced when the
     * transaction commits (and only then).
     */
    TrainingPlan forChange(UUID callerId, UUID planId) {
        TrainingPlan plan = plans.findOwnedForUpdate(planId, callerId).orElseThrow(() -> {
            if (plans.isPublic(planId).orElse(false)) {
                return new ForbiddenException("Only the plan's creator can change it");
            }
            return new NotFoundException("Training plan");
        });
        // The lock raised the version already: If-Match names the one before this change.
        ETags.requireMatch(plan.getVersion() - 1);
        events.publishEvent(new TrainingPlanChanged(planId, callerId));
        return plan;
    }

    /**
     * Like {@link #forChange}, for the new target weights progression sets on the owner's behalf in SQL, without
     * loading the plan: the plan locked and its version raised in one statement; false when the plan is gone. Not
     * announced: no other module keeps a plan's target weights, and completing a session, which makes this change,
     * would otherwise store and hand over one more event every time (docs/decisions/durable-events.md).
     */
    boolean lockForTargetWeights(UUID ownerId, UUID planId) {
        return jdbc.sql("update training_plans set version = version + 1 where id = :id and user_id = :owner")
                .param("id", planId).param("owner", ownerId).update() == 1;
    }

    /** The caller's own plan, or a public one: what may be read, copied or commented on. */
    TrainingPlan forReading(UUID callerId, UUID planId) {
        return plans.findById(planId)
                .filter(plan -> plan.isOwnedBy(callerId) || plan.isPublic())
                .orElseThrow(() -> new NotFoundException("Training plan"));
    }
}
