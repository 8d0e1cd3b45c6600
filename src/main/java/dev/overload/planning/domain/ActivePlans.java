package dev.overload.planning.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.shared.errors.InvalidFieldException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan each user trains now (seed 004's profile {@code active_training_plan_id}): one of their own plans,
 * forgotten when that plan is deleted.
 */
@Component
public class ActivePlans {

    private final JdbcClient jdbc;
    private final TrainingPlanRepository plans;
    private final Clock clock;

    ActivePlans(JdbcClient jdbc, TrainingPlanRepository plans, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
    }

    /** The user's choice: empty when they never chose, a null plan when they cleared it or it was deleted. */
    public Optional<ActivePlan> of(UUID userId) {
        return jdbc.sql("select training_plan_id, updated_at from active_training_plans where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new ActivePlan(rs.getObject(1, UUID.class), instant(rs, 2)))
                .optional();
    }

    /** Makes the plan the user's active one; null clears it. Choosing the same plan again changes nothing. */
    public void choose(UUID userId, UUID planId) {
        if (planId != null && !plans.existsByIdAndUserId(planId, userId)) {
            throw new InvalidFieldException("active_training_plan_id", "is not one of your training plans");
        }
        jdbc.sql("""
                insert into active_training_plans (user_id, training_plan_id, updated_at) values (:user, :plan, :now)
                on conflict (user_id) do update set training_plan_id = excluded.training_plan_id,
                    updated_at = excluded.updated_at
                where active_training_plans.training_plan_id is distinct from excluded.training_plan_id""")
                .param("user", userId).param("plan", planId).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The active plan (null: none) and when that was last changed. */
    public record ActivePlan(UUID planId, Instant changedAt) {
    }
}
