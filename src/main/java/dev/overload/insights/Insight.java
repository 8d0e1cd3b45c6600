package dev.overload.insights;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How two daily series went together over a window (seed 001's correlation_insights): Spearman's ρ as the
 * correlation (robust to outliers), Pearson's r beside it, Spearman's p-value and its Benjamini–Hochberg
 * q-value across every pair tested for the user. {@code insightText} is written only for a finding that
 * survives the correction.
 *
 * @param lagDays 1 when the primary metric is of the day before the secondary's; a day's sleep is the night
 *        before it, so last night's sleep against today's training is lag 0
 * @param strength NEGLIGIBLE (|ρ| below 0.1), WEAK (below 0.3), MODERATE (below 0.5) or STRONG
 * @param direction POSITIVE or NEGATIVE
 * @param significant q below 0.05 and |ρ| at least 0.1
 */
public record Insight(Metric primaryMetric, Metric secondaryMetric, int lagDays, double correlationValue,
        double pearson, double pValue, double qValue, int sampleSize, String strength, String direction,
        boolean significant, @Nullable String insightText, LocalDate windowFrom, LocalDate windowTo,
        Instant computedAt) {
}
