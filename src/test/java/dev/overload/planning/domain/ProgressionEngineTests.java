package dev.overload.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.planning.DeloadStrategy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressionEngineTests {

    private final ProgressionEngine engine = new ProgressionEngine(new BigDecimal("0.25"));

    private static ProgressionEngine.Rule rule(DeloadStrategy strategy, Integer referenceSet) {
        return new ProgressionEngine.Rule(new BigDecimal("2.5"), 3, BigDecimal.TEN, strategy, referenceSet);
    }

    private static List<BigDecimal> kg(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> scaled(List<BigDecimal> values) {
        return values.stream().map(value -> value.setScale(3)).toList();
    }

    @Nested
    class Deciding {

        @Test
        void aSuccessIncreasesAndClearsTheFailureCount() {
            assertThat(engine.decide(rule(DeloadStrategy.PROPORTIONAL, null), 2, true))
                    .isEqualTo(new ProgressionEngine.Decision(ProgressionEngine.Change.INCREASE, 0));
        }

        @Test
        void aFailureBelowTheThresholdHoldsAndCounts() {
            assertThat(engine.decide(rule(DeloadStrategy.PROPORTIONAL, null), 0, false))
                    .isEqualTo(new ProgressionEngine.Decision(ProgressionEngine.Change.HOLD, 1));
            assertThat(engine.decide(rule(DeloadStrategy.PROPORTIONAL, null), 1, false))
                    .isEqualTo(new ProgressionEngine.Decision(ProgressionEngine.Change.HOLD, 2));
        }

        @Test
        void theFailureThatReachesTheThresholdDeloadsAndStartsCountingAgain() {
            assertThat(engine.decide(rule(DeloadStrategy.PROPORTIONAL, null), 2, false))
                    .isEqualTo(new ProgressionEngine.Decision(ProgressionEngine.Change.DELOAD, 0));
        }

        @Test
        void aThresholdOfOneDeloadsAtTheFirstFailure() {
            var eager = new ProgressionEngine.Rule(new BigDecimal("2.5"), 1, BigDecimal.TEN,
                    DeloadStrategy.PROPORTIONAL, null);
            assertThat(engine.decide(eager, 0, false).change()).isEqualTo(ProgressionEngine.Change.DELOAD);
        }
    }

    @Nested
    class Applying {

        private final ProgressionEngine.Decision increase = new ProgressionEngine.Decision(
                ProgressionEngine.Change.INCREASE, 0);
        private final ProgressionEngine.Decision hold = new ProgressionEngine.Decision(ProgressionEngine.Change.HOLD,
                1);
        private final ProgressionEngine.Decision deload = new ProgressionEngine.Decision(
                ProgressionEngine.Change.DELOAD, 0);

        @Test
        void anIncreaseAddsTheIncrementToEveryLoadedSet() {
            assertThat(engine.apply(rule(DeloadStrategy.PROPORTIONAL, null), increase, kg("100", "100", "90")))
                    .isEqualTo(scaled(kg("102.5", "102.5", "92.5")));
        }

        @Test
        void bodyweightSetsStayBodyweight() {
            assertThat(engine.apply(rule(DeloadStrategy.PROPORTIONAL, null), increase, kg("0", "20")))
                    .isEqualTo(List.of(new BigDecimal("0"), new BigDecimal("22.500")));
        }

        @Test
        void holdingKeepsTheWeights() {
            List<BigDecimal> weights = kg("100", "95");
            assertThat(engine.apply(rule(DeloadStrategy.PROPORTIONAL, null), hold, weights)).isEqualTo(weights);
        }

        @Test
        void proportionalDeloadLowersEverySetByThePercentageRoundedToTheStep() {
            // 102.5 × 0.9 = 92.25; 97.5 × 0.9 = 87.75; 61 × 0.9 = 54.9 → 55.0 (nearest 0.25)
            assertThat(engine.apply(rule(DeloadStrategy.PROPORTIONAL, null), deload, kg("102.5", "97.5", "61")))
                    .isEqualTo(scaled(kg("92.25", "87.75", "55")));
        }

        @Test
        void referenceSetDeloadPutsEverySetBelowTheReferenceSet() {
            assertThat(engine.apply(rule(DeloadStrategy.REFERENCE_SET, 2), deload, kg("60", "100", "80")))
                    .isEqualTo(scaled(kg("90", "90", "90")));
        }

        @Test
        void aReferenceSetBeyondTheLastSetUsesTheLastOne() {
            assertThat(engine.apply(rule(DeloadStrategy.REFERENCE_SET, 5), deload, kg("100", "80")))
                    .isEqualTo(scaled(kg("72", "72")));
        }

        @Test
        void customDeloadKeepsTheWeights() {
            List<BigDecimal> weights = kg("100", "100");
            assertThat(engine.apply(rule(DeloadStrategy.CUSTOM, null), deload, weights)).isEqualTo(weights);
        }

        @Test
        void weightsRoundToTheConfiguredStep() {
            var fiveKilos = new ProgressionEngine(new BigDecimal("5"));
            assertThat(fiveKilos.apply(rule(DeloadStrategy.PROPORTIONAL, null), increase, kg("101")))
                    .isEqualTo(scaled(kg("105")));
        }

        @Test
        void weightsNeverGoBelowZero() {
            var rule = new ProgressionEngine.Rule(new BigDecimal("2.5"), 3, new BigDecimal("99.99"),
                    DeloadStrategy.PROPORTIONAL, null);
            assertThat(engine.apply(rule, deload, kg("0.1"))).allSatisfy(weight -> assertThat(weight).isNotNegative());
        }

        @Test
        void anExerciseWithoutSetsHasNothingToChange() {
            assertThat(engine.apply(rule(DeloadStrategy.REFERENCE_SET, 1), deload, List.of())).isEmpty();
        }
    }
}
