package dev.overload.planning.domain;

import dev.overload.planning.PlanTree;
import dev.overload.planning.PlannedDay;
import dev.overload.planning.ProgressionApplied;
import dev.overload.planning.SessionOutcome;
import dev.overload.planning.TrainingPlans;
import dev.overload.shared.errors.NotFoundException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import dev.overload.planning.CompositePlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TrainingPlansService implements TrainingPlans {

    private final PlanAccess access;
    private final Plans plans;
    private final PlanQueries queries;
    private final ActivePlans activePlans;
    private final ProgressionRuleRepository rules;
    private final ProgressionEngine engine;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingPlansService(PlanAccess access, Plans plans, PlanQueries queries, ActivePlans activePlans,
            ProgressionRuleRepository rules, ProgressionEngine engine, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.queries = queries;
        this.activePlans = activePlans;
        this.rules = rules;
        this.engine = engine;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public PlanTree plan(UUID viewerId, UUID planId) {
        return queries.plan(viewerId, planId);
    }

    /** From the plan read (cached by plan version), so starting a session reads the plan once. */
    @Override
    public PlannedDay plannedDay(UUID userId, UUID planId, UUID dayId) {
        PlanTree plan = queries.plan(userId, planId);
        if (!plan.userId().equals(userId)) {
            throw new NotFoundException("Training plan");
        }
        PlanTree.Day day = plan.days().stream().filter(candidate -> candidate.id().equals(dayId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Training plan day"));
        return new PlannedDay(planId, plan.name(), dayId, day.name(), day.exercises().stream()
                .map(exercise -> new PlannedDay.Slot(exercise.id(), exercise.exerciseId(), exercise.exerciseName(),
                        exercise.orderIndex(),
                        exercise.sets().stream().map(set -> new PlannedDay.Target(set.id(), set.setIndex(),
                                set.expectedReps(), set.expectedWeightKg(), set.expectedDurationSeconds(),
                                set.expectedRir())).toList()))
                .toList());
    }

    @Override
    public String ownPlanName(UUID userId, UUID planId) {
        return jdbc.sql("select name from training_plans where id = :id and user_id = :user")
                .param("id", planId).param("user", userId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Training plan"));
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("""
                select id, name from training_plans where id = any(:ids)
                union all
                select id, name from training_plan_days where id = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    @Override
    public void replace(UUID userId, UUID planId, CompositePlan target) {
        plans.replace(userId, planId, target);
    }

    @Override
    public void replaceIfUnchanged(UUID userId, UUID planId, CompositePlan target, long expectedVersion) {
        plans.replaceIfUnchanged(userId, planId, target, expectedVersion);
    }

    @Override
    public Optional<UUID> activePlan(UUID userId) {
        return activePlans.of(userId).map(ActivePlans.ActivePlan::planId);
    }

    /**
     * The plan is locked, so two completions cannot interleave their reads and writes of the same targets. In SQL,
     * whatever the plan's size: lock the plan, read the rules, read the target weights of the session's slots,
     * write the changed weights in one statement and the rules' failure counts in another (a rule not yet kept is
     * made with its defaults).
     */
    @Override
    @Transactional
    public List<ProgressionApplied> applyProgression(UUID userId, UUID planId, List<SessionOutcome> outcomes) {
        if (outcomes.isEmpty() || !access.lockForTargetWeights(userId, planId)) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<UUID, ProgressionRule> rulesByExercise = rules.findByTrainingPlanId(planId).stream()
                .collect(Collectors.toMap(ProgressionRule::exerciseId, Function.identity()));
        Map<UUID, List<SlotSet>> setsBySlot = slotSets(outcomes);
        List<SlotSet> changed = new ArrayList<>();
        List<RuleOutcome> counted = new ArrayList<>();
        List<ProgressionApplied> applied = new ArrayList<>();
        for (SessionOutcome outcome : outcomes) {
            ProgressionRule kept = rulesByExercise.computeIfAbsent(outcome.exerciseId(),
                    exerciseId -> new ProgressionRule(userId, planId, exerciseId, now));
            ProgressionEngine.Rule rule = kept.rule();
            ProgressionEngine.Decision decision = engine.decide(rule, kept.consecutiveFailures(), outcome.success());
            List<BigDecimal> before = new ArrayList<>();
            List<BigDecimal> after = new ArrayList<>();
            boolean capped = false;
            for (List<SlotSet> slot : outcome.plannedExerciseIds().stream().map(setsBySlot::get)
                    .filter(Objects::nonNull).toList()) {
                List<BigDecimal> weights = slot.stream().map(SlotSet::weightKg).toList();
                capped |= engine.capped(rule, decision, weights);
                List<BigDecimal> next = engine.apply(rule, decision, weights);
                for (int i = 0; i < next.size(); i++) {
                    changed.add(new SlotSet(slot.get(i).id(), next.get(i)));
                }
                before.addAll(weights);
                after.addAll(next);
            }
            counted.add(new RuleOutcome(outcome.exerciseId(), rule, decision.consecutiveFailures()));
            applied.add(new ProgressionApplied(outcome.exerciseId(), outcome.success(),
                    decision.consecutiveFailures(), decision.change() == ProgressionEngine.Change.DELOAD,
                    before, after, capped));
        }
        write(changed, now);
        keep(userId, planId, counted, now);
        return applied;
    }

    /** A rule of the plan (the defaults for one not yet kept) and the failure count an outcome left it. */
    private record RuleOutcome(UUID exerciseId, ProgressionEngine.Rule rule, int consecutiveFailures) {
    }

    /**
     * The outcomes' failure counts in one statement, however many exercises: a kept rule's count changes, a rule
     * not yet kept is inserted with its defaults.
     */
    private void keep(UUID userId, UUID planId, List<RuleOutcome> counted, Instant now) {
        jdbc.sql("""
                insert into training_plan_exercise_progressions as p (user_id, training_plan_id, exercise_id,
                    weight_increment, failure_count_for_deload, deload_percentage, deload_strategy, reference_set_index,
                    consecutive_failures, last_updated, created_at, updated_at)
                select :user, :plan, r.exercise_id, r.increment, r.failures_for_deload, r.deload_percentage,
                       r.strategy, r.reference_set_index, r.failures, :now, :now, :now
                from unnest(:exercises, :increments, :failuresForDeload, :deloadPercentages, :strategies,
                            :referenceSetIndexes, :failures)
                     as r(exercise_id, increment, failures_for_deload, deload_percentage, strategy,
                          reference_set_index, failures)
                on conflict (training_plan_id, exercise_id) do update
                set consecutive_failures = excluded.consecutive_failures, last_updated = excluded.last_updated,
                    updated_at = excluded.updated_at, version = p.version + 1""")
                .param("user", userId)
                .param("plan", planId)
                .param("now", Timestamp.from(now))
                .param("exercises", new SqlArrayValue("uuid", counted.stream().map(RuleOutcome::exerciseId).toArray()))
                .param("increments", new SqlArrayValue("numeric",
                        counted.stream().map(outcome -> outcome.rule().incrementKg()).toArray()))
                .param("failuresForDeload", new SqlArrayValue("int4",
                        counted.stream().map(outcome -> outcome.rule().failuresForDeload()).toArray()))
                .param("deloadPercentages", new SqlArrayValue("numeric",
                        counted.stream().map(outcome -> outcome.rule().deloadPercentage()).toArray()))
                .param("strategies", new SqlArrayValue("varchar",
                        counted.stream().map(outcome -> outcome.rule().strategy().name()).toArray()))
                .param("referenceSetIndexes", new SqlArrayValue("int4",
                        counted.stream().map(outcome -> outcome.rule().referenceSetIndex()).toArray()))
                .param("failures", new SqlArrayValue("int4",
                        counted.stream().map(RuleOutcome::consecutiveFailures).toArray()))
                .update();
    }

    /** One target set of a plan slot: its weight (kilograms). */
    private record SlotSet(UUID id, BigDecimal weightKg) {
    }

    /** The target sets of the outcomes' slots, by slot, in set order; a slot gone since is left out. */
    private Map<UUID, List<SlotSet>> slotSets(List<SessionOutcome> outcomes) {
        Map<UUID, List<SlotSet>> sets = new HashMap<>();
        jdbc.sql("""
                select training_plan_exercise_id, id, expected_weight from training_plan_exercise_sets
                where training_plan_exercise_id = any(:slots) order by training_plan_exercise_id, set_index""")
                .param("slots", outcomes.stream().flatMap(outcome -> outcome.plannedExerciseIds().stream())
                        .toArray(UUID[]::new))
                .query(rs -> {
                    sets.computeIfAbsent(rs.getObject(1, UUID.class), slot -> new ArrayList<>())
                            .add(new SlotSet(rs.getObject(2, UUID.class), rs.getBigDecimal(3)));
                });
        return sets;
    }

    /** The changed target weights in one statement, however many sets changed. */
    private void write(List<SlotSet> changed, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update training_plan_exercise_sets s set expected_weight = changed.weight, version = s.version + 1,
                    updated_at = :now
                from unnest(:ids, :weights) as changed(id, weight)
                where s.id = changed.id""")
                .param("ids", new SqlArrayValue("uuid", changed.stream().map(SlotSet::id).toArray()))
                .param("weights", new SqlArrayValue("numeric", changed.stream().map(SlotSet::weightKg).toArray()))
                .param("now", Timestamp.from(now))
                .update();
    }
}
