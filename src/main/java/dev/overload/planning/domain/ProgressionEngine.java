package dev.overload.planning.domain;

import dev.overload.planning.DeloadStrategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rules of automatic progression, as pure arithmetic.
 * <ul>
 * <li>Success: the failure count goes back to 0 and every loaded set gains the increment.</li>
 * <li>Failure: the count goes up; reaching the rule's threshold deloads and starts the count again.
 * PROPORTIONAL lowers every set by the percentage; REFERENCE_SET sets every set to the percentage below
 * the reference set (the last set when the exercise has fewer); CUSTOM keeps the weights and only records
 * the deload.</li>
 * </ul>
 * Weights are rounded to the nearest {@code roundingKg}, never go below zero nor above {@link #MAX_WEIGHT_KG}
 * (the bound every target has: a progression that would pass it stops at it, see {@link #capped}). A set at 0 kg
 * is a bodyweight set and stays one.
 */
final class ProgressionEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest target weight a plan may hold (the database's bound too). */
    static final BigDecimal MAX_WEIGHT_KG = BigDecimal.valueOf(10_000);

    private final BigDecimal roundingKg;

    ProgressionEngine(BigDecimal roundingKg) {
        this.roundingKg = roundingKg;
    }

    /** The parameters of a rule that decide a step. */
    record Rule(BigDecimal incrementKg, int failuresForDeload, BigDecimal deloadPercentage, DeloadStrategy strategy,
            Integer referenceSetIndex) {
    }

    enum Change {
        INCREASE,
        HOLD,
        DELOAD
    }

    record Decision(Change change, int consecutiveFailures) {
    }

    Decision decide(Rule rule, int consecutiveFailures, boolean success) {
        if (success) {
            return new Decision(Change.INCREASE, 0);
        }
        int failures = consecutiveFailures + 1;
        return failures >= rule.failuresForDeload()
                ? new Decision(Change.DELOAD, 0)
                : new Decision(Change.HOLD, failures);
    }

    /** The weights of one exercise's sets (in set order) after the decision. */
    List<BigDecimal> apply(Rule rule, Decision decision, List<BigDecimal> weights) {
        return switch (decision.change()) {
            case HOLD -> weights;
            case INCREASE -> weights.stream()
                    .map(weight -> isBodyweight(weight) ? weight : round(weight.add(rule.incrementKg())))
                    .toList();
            case DELOAD -> deload(rule, weights);
        };
    }

    private List<BigDecimal> deload(Rule rule, List<BigDecimal> weights) {
        BigDecimal keep = BigDecimal.ONE.subtract(rule.deloadPercentage().divide(HUNDRED));
        return switch (rule.strategy()) {
            case CUSTOM -> weights;
            case PROPORTIONAL -> weights.stream()
                    .map(weight -> isBodyweight(weight) ? weight : round(weight.multiply(keep)))
                    .toList();
            case REFERENCE_SET -> {
                if (weights.isEmpty()) {
                    yield weights;
                }
                int index = Math.min(rule.referenceSetIndex() == null ? 1 : rule.referenceSetIndex(), weights.size());
                BigDecimal target = round(weights.get(index - 1).multiply(keep));
                yield weights.stream().map(weight -> isBodyweight(weight) ? weight : target).toList();
            }
        };
    }

    /** Whether the decision would take a weight past {@link #MAX_WEIGHT_KG}, so {@link #apply} stopped it there. */
    boolean capped(Rule rule, Decision decision, List<BigDecimal> weights) {
        return decision.change() == Change.INCREASE && weights.stream()
                .anyMatch(weight -> !isBodyweight(weight) && unbounded(weight.add(rule.incrementKg()))
                        .compareTo(MAX_WEIGHT_KG) > 0);
    }

    private BigDecimal round(BigDecimal kilograms) {
        return unbounded(kilograms).max(BigDecimal.ZERO).min(MAX_WEIGHT_KG).setScale(3, RoundingMode.HALF_UP);
    }

    private BigDecimal unbounded(BigDecimal kilograms) {
        return kilograms.divide(roundingKg, 0, RoundingMode.HALF_UP).multiply(roundingKg);
    }

    private static boolean isBodyweight(BigDecimal weight) {
        return weight.signum() == 0;
    }
}
