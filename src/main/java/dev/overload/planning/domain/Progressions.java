package dev.overload.planning.domain;

import dev.overload.planning.DeloadStrategy;
import dev.overload.shared.InvalidFieldException;
import dev.overload.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progression rules are the owner's own business: on anyone else's plan they do not exist (404). */
@Service
public class Progressions {

    private final ProgressionRuleRepository rules;
    private final TrainingPlanRepository plans;
    private final Plans planService;
    private final Clock clock;

    Progressions(ProgressionRuleRepository rules, TrainingPlanRepository plans, Plans planService, Clock clock) {
        this.rules = rules;
        this.plans = plans;
        this.planService = planService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProgressionView get(UUID callerId, UUID planId, UUID exerciseId) {
        requireOwnPlan(callerId, planId);
        return rules.findByTrainingPlanIdAndExerciseId(planId, exerciseId).map(ProgressionRule::view)
                .orElseThrow(() -> new NotFoundException("Progression"));
    }

    /** Creates the rule with defaults for what is not given, or changes the given fields of the existing one. */
    @Transactional
    public Configured configure(UUID callerId, UUID planId, UUID exerciseId, ProgressionSettings settings) {
        requireOwnPlan(callerId, planId);
        planService.requireUsable(callerId, List.of(exerciseId));
        var existing = rules.findByTrainingPlanIdAndExerciseId(planId, exerciseId);
        ProgressionRule rule = existing.orElseGet(() -> new ProgressionRule(callerId, planId, exerciseId));
        rule.configure(settings, clock.instant());
        if (rule.deloadStrategy() == DeloadStrategy.REFERENCE_SET && rule.referenceSetIndex() == null) {
            throw new InvalidFieldException("reference_set_index", "is required for the REFERENCE_SET strategy");
        }
        rules.save(rule);
        return new Configured(rule.view(), existing.isEmpty());
    }

    private void requireOwnPlan(UUID callerId, UUID planId) {
        if (!plans.existsByIdAndUserId(planId, callerId)) {
            throw new NotFoundException("Training plan");
        }
    }

    public record Configured(ProgressionView progression, boolean created) {
    }
}
