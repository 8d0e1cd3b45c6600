package dev.overload.planning.domain;

import dev.overload.planning.DeloadStrategy;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
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
    private final ProgressionEngine engine;
    private final Clock clock;

    Progressions(ProgressionRuleRepository rules, TrainingPlanRepository plans, Plans planService,
            ProgressionEngine engine, Clock clock) {
        this.rules = rules;
        this.plans = plans;
        this.planService = planService;
        this.engine = engine;
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
        ProgressionRule rule = existing
                .orElseGet(() -> new ProgressionRule(callerId, planId, exerciseId, clock.instant()));
        rule.configure(settings, clock.instant());
        if (rule.deloadStrategy() == DeloadStrategy.REFERENCE_SET && rule.referenceSetIndex() == null) {
            throw new InvalidFieldException("reference_set_index", "is required for the REFERENCE_SET strategy");
        }
        rules.save(rule);
        return new Configured(rule.view(), existing.isEmpty());
    }

    /**
     * The weights the next sessions would bring if they went as {@code outcomes} say (true = success),
     * starting from the plan's current targets and failure count; nothing is changed.
     */
    @Transactional(readOnly = true)
    public List<PreviewStep> preview(UUID callerId, UUID planId, UUID exerciseId, List<Boolean> outcomes) {
        TrainingPlan plan = plans.findById(planId).filter(candidate -> candidate.isOwnedBy(callerId))
                .orElseThrow(() -> new NotFoundException("Training plan"));
        List<List<BigDecimal>> slots = plan.days().stream().flatMap(day -> day.exercises().stream())
                .filter(slot -> slot.exerciseId().equals(exerciseId))
                .map(slot -> slot.sets().stream().map(PlannedSet::weightKg).toList())
                .toList();
        if (slots.isEmpty()) {
            throw new NotFoundException("Exercise in this plan");
        }
        ProgressionRule rule = rules.findByTrainingPlanIdAndExerciseId(planId, exerciseId)
                .orElseGet(() -> new ProgressionRule(callerId, planId, exerciseId, clock.instant()));
        int failures = rule.consecutiveFailures();
        List<PreviewStep> steps = new ArrayList<>();
        for (boolean success : outcomes) {
            ProgressionEngine.Decision decision = engine.decide(rule.rule(), failures, success);
            slots = slots.stream().map(weights -> engine.apply(rule.rule(), decision, weights)).toList();
            failures = decision.consecutiveFailures();
            steps.add(new PreviewStep(success, failures, decision.change() == ProgressionEngine.Change.DELOAD,
                    slots.stream().flatMap(List::stream).toList()));
        }
        return steps;
    }

    /** One previewed session: its outcome, the failure count after it, and the targets it leaves (kg). */
    public record PreviewStep(boolean success, int consecutiveFailures, boolean deloaded, List<BigDecimal> weightsKg) {
    }

    private void requireOwnPlan(UUID callerId, UUID planId) {
        if (!plans.existsByIdAndUserId(planId, callerId)) {
            throw new NotFoundException("Training plan");
        }
    }

    public record Configured(ProgressionView progression, boolean created) {
    }
}
