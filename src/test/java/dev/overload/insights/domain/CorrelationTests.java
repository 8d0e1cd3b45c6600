package dev.overload.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17 (scipy.stats.pearsonr, spearmanr, false_discovery_control). */
class CorrelationTests {

    /** Sleep hours and the next day's volume over 20 days. */
    private static final double[] SLEEP = {6.0, 7.5, 8.0, 5.5, 7.0, 6.5, 8.5, 7.0, 6.0, 7.5, 8.0, 5.0, 6.5, 7.0, 7.5,
            8.0, 6.0, 7.0, 6.5, 8.0};
    private static final double[] VOLUME = {3100, 4200, 4500, 2800, 3900, 3300, 4800, 3600, 3500, 4000, 4400, 2500,
            3400, 3800, 4100, 4600, 3000, 3700, 3600, 4300};

    @Test
    void aStrongRelationWithTiesMatchesTheReference() {
        Correlation correlation = Correlation.of(SLEEP, VOLUME).orElseThrow();

        assertThat(correlation.sampleSize()).isEqualTo(20);
        assertThat(correlation.pearson()).isCloseTo(0.9775367184564033, within(1e-12));
        assertThat(correlation.pearsonP()).isCloseTo(1.2750214370261106e-13, within(1e-18));
        // SLEEP has ties: they share their mean rank
        assertThat(correlation.spearman()).isCloseTo(0.9764669242804062, within(1e-12));
        assertThat(correlation.spearmanP()).isCloseTo(1.9305369136560145e-13, within(1e-18));
    }

    @Test
    void anInverseRelationIsNegative() {
        double[] less = IntStream.range(0, VOLUME.length).mapToDouble(i -> -VOLUME[i]).toArray();

        Correlation correlation = Correlation.of(SLEEP, less).orElseThrow();

        assertThat(correlation.pearson()).isCloseTo(-0.9775367184564033, within(1e-12));
        assertThat(correlation.pearsonP()).isCloseTo(1.2750214370261106e-13, within(1e-18));
    }

    @Test
    void aPerfectRelationHasCoefficientOne() {
        double[] days = IntStream.rangeClosed(1, 14).asDoubleStream().toArray();
        double[] twice = IntStream.rangeClosed(1, 14).mapToDouble(day -> 2.0 * day + 1).toArray();

        Correlation correlation = Correlation.of(days, twice).orElseThrow();

        assertThat(correlation.pearson()).isCloseTo(1, within(1e-12));
        assertThat(correlation.spearman()).isCloseTo(1, within(1e-12));
        assertThat(correlation.pearsonP()).isCloseTo(0, within(1e-12));
    }

    @Test
    void aWeakRelationIsNotSignificant() {
        double[] x = IntStream.rangeClosed(1, 16).asDoubleStream().toArray();
        double[] y = {5, 3, 6, 2, 7, 4, 8, 3, 5, 9, 2, 6, 7, 4, 8, 5};

        Correlation correlation = Correlation.of(x, y).orElseThrow();

        assertThat(correlation.pearson()).isCloseTo(0.24457663402063773, within(1e-12));
        assertThat(correlation.pearsonP()).isCloseTo(0.36128316188659215, within(1e-12));
        assertThat(correlation.spearman()).isCloseTo(0.24000658463311378, within(1e-12));
        assertThat(correlation.spearmanP()).isCloseTo(0.3706055750482098, within(1e-12));
    }

    @Test
    void noRelationIsZero() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {4, 4, 4, 4, 4, 4, 4, 1, 7, 1, 7, 1, 7, 4};

        assertThat(Correlation.of(x, y).orElseThrow().pearson()).isCloseTo(0, within(0.2));
    }

    @Test
    void fewerThanFourteenDaysOrAConstantSeriesGiveNothing() {
        double[] thirteen = IntStream.rangeClosed(1, 13).asDoubleStream().toArray();
        double[] constant = new double[20];
        java.util.Arrays.fill(constant, 7.5);

        assertThat(Correlation.of(thirteen, thirteen)).isEmpty();
        assertThat(Correlation.of(constant, VOLUME)).isEmpty();
        assertThat(Correlation.of(SLEEP, constant)).isEmpty();
    }

    @Test
    void benjaminiHochbergMatchesTheReference() {
        double[] q = FalseDiscovery.qValues(new double[]{0.01, 0.04, 0.03, 0.005, 0.2, 0.5});

        assertThat(q).containsExactly(new double[]{0.03, 0.06, 0.06, 0.03, 0.24, 0.5}, within(1e-12));
    }
}
