package dev.overload.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.insights.Metric;
import dev.overload.shared.units.WeightUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pairs are tested on which days, and how a finding reads. */
class PairAnalysisTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @Test
    void sleepIsPairedWithTheSameDaysTrainingAndFoodWithTheNextDays() {
        List<PairAnalysis.Pair> pairs = PairAnalysis.candidates();

        assertThat(pairs).contains(new PairAnalysis.Pair(Metric.SLEEP_HOURS, Metric.VOLUME, 0),
                new PairAnalysis.Pair(Metric.CALORIES, Metric.VOLUME, 1),
                new PairAnalysis.Pair(Metric.SLEEP_HOURS, Metric.ENERGY_LEVEL, 0));
        assertThat(pairs).doesNotContain(new PairAnalysis.Pair(Metric.SLEEP_HOURS, Metric.VOLUME, 1));
        // 9 wellness metrics × 5 outcomes the same day, 7 of them the next day, and 36 wellness pairs
        assertThat(pairs).hasSize(45 + 35 + 36);
    }

    @Test
    void aStrongRelationIsFoundAndDescribedInTheUsersUnits() {
        DailyValues values = new DailyValues();
        for (int day = 0; day < 30; day++) {
            double sleep = 6 + (day % 5) * 0.5;
            values.put(FIRST.plusDays(day), Metric.SLEEP_HOURS, sleep);
            values.put(FIRST.plusDays(day), Metric.VOLUME, 1000 * sleep + (day % 3) * 10);
            values.put(FIRST.plusDays(day), Metric.SESSION_DONE, 1);
        }

        PairAnalysis.Tested tested = PairAnalysis.test(values, FIRST, FIRST.plusDays(29)).stream()
                .filter(found -> found.pair().equals(new PairAnalysis.Pair(Metric.SLEEP_HOURS, Metric.VOLUME, 0)))
                .findFirst().orElseThrow();

        assertThat(tested.correlation().sampleSize()).isEqualTo(30);
        assertThat(tested.correlation().spearman()).isGreaterThan(0.9);
        // median sleep 7 h: days at 7, 7.5, 8 h against 6, 6.5 h
        assertThat(InsightTexts.describe(tested, WeightUnit.KG)).contains(
                "On days after you slept 7 h or more, your training volume was 20 % higher (30 days).");
    }

    @Test
    void daysWithoutASessionCountAsNoneDone() {
        DailyValues values = new DailyValues();
        for (int day = 0; day < 20; day++) {
            values.put(FIRST.plusDays(day), Metric.STEPS, day % 2 == 0 ? 12_000 : 3_000);
            if (day % 2 == 0) {
                values.put(FIRST.plusDays(day), Metric.SESSION_DONE, 1);
            }
        }

        PairAnalysis.Tested tested = PairAnalysis.test(values, FIRST, FIRST.plusDays(19)).stream()
                .filter(found -> found.pair().equals(new PairAnalysis.Pair(Metric.STEPS, Metric.SESSION_DONE, 0)))
                .findFirst().orElseThrow();

        assertThat(tested.correlation().sampleSize()).isEqualTo(20);
        assertThat(tested.correlation().spearman()).isEqualTo(1.0);
        assertThat(InsightTexts.describe(tested, WeightUnit.KG)).contains(
                "On days you walked 7500 steps or more, you trained on 100 % of days, against 0 % (20 days).");
    }

    @Test
    void bodyWeightReadsInPounds() {
        DailyValues values = new DailyValues();
        for (int day = 0; day < 20; day++) {
            double weight = 80 + day % 4;
            values.put(FIRST.plusDays(day), Metric.BODY_WEIGHT, weight);
            values.put(FIRST.plusDays(day), Metric.ENERGY_LEVEL, weight - 75);
        }

        PairAnalysis.Tested tested = PairAnalysis.test(values, FIRST, FIRST.plusDays(19)).stream()
                .filter(found -> found.pair().equals(new PairAnalysis.Pair(Metric.ENERGY_LEVEL, Metric.BODY_WEIGHT,
                        0)))
                .findFirst().orElseThrow();

        assertThat(InsightTexts.describe(tested, WeightUnit.LB)).contains("On days you rated your energy 6.5 or "
                + "higher, you weighed 181.9 lb on average, against 177.5 lb (20 days).");
    }

    @Test
    void tooFewPairedDaysAreNotTested() {
        DailyValues values = new DailyValues();
        for (int day = 0; day < 13; day++) {
            values.put(FIRST.plusDays(day), Metric.SLEEP_HOURS, 6 + day % 3);
            values.put(FIRST.plusDays(day), Metric.VOLUME, 1000 + day);
        }

        assertThat(PairAnalysis.test(values, FIRST, FIRST.plusDays(12))).isEmpty();
    }

    @Test
    void strengthFollowsCohensConventions() {
        assertThat(InsightComputation.strength(0.05)).isEqualTo("NEGLIGIBLE");
        assertThat(InsightComputation.strength(-0.2)).isEqualTo("WEAK");
        assertThat(InsightComputation.strength(0.3)).isEqualTo("MODERATE");
        assertThat(InsightComputation.strength(-0.5)).isEqualTo("STRONG");
    }
}
