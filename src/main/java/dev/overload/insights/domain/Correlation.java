package dev.overload.insights.domain;

import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import java.util.Optional;

/**
 * How two daily series go together: Pearson's r (linear) and Spearman's ρ (any monotonic relation, robust to
 * outliers), each with its two-sided p-value (t-distribution with n − 2 degrees of freedom; for ρ, on the
 * ranks, ties sharing their mean rank). Only from {@link #MINIMUM_DAYS} paired days on; a constant series
 * correlates with nothing.
 */
record Correlation(int sampleSize, double pearson, double pearsonP, double spearman, double spearmanP) {

    static final int MINIMUM_DAYS = 14;

    static Optional<Correlation> of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("The series must be paired");
        }
        if (x.length < MINIMUM_DAYS || constant(x) || constant(y)) {
            return Optional.empty();
        }
        RealMatrix values = new BlockRealMatrix(x.length, 2);
        values.setColumn(0, x);
        values.setColumn(1, y);
        PearsonsCorrelation pearson = new PearsonsCorrelation(values);
        PearsonsCorrelation ranks = new SpearmansCorrelation(values).getRankCorrelation();
        return Optional.of(new Correlation(x.length, pearson.getCorrelationMatrix().getEntry(0, 1),
                pearson.getCorrelationPValues().getEntry(0, 1), ranks.getCorrelationMatrix().getEntry(0, 1),
                ranks.getCorrelationPValues().getEntry(0, 1)));
    }

    private static boolean constant(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }
}
