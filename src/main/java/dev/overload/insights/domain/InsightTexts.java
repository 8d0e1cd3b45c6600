package dev.overload.insights.domain;

import dev.overload.insights.Metric;
import dev.overload.shared.units.WeightUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * A finding in plain language, with its effect in the user's units: the paired days are split at the median
 * of the first metric, and the second metric's mean on the days at or above it is set against its mean on
 * the others — "On days after you slept 7.5 h or more, your training volume was 12 % higher (31 days)."
 */
final class InsightTexts {

    private InsightTexts() {
    }

    /** Empty when the days cannot be split (half or more share the median and nothing lies below it). */
    static Optional<String> describe(PairAnalysis.Tested tested, WeightUnit unit) {
        double[] cause = tested.primary();
        double[] outcome = tested.secondary();
        double median = median(cause);
        double high = 0;
        double low = 0;
        int highDays = 0;
        for (int i = 0; i < cause.length; i++) {
            if (cause[i] >= median) {
                high += outcome[i];
                highDays++;
            } else {
                low += outcome[i];
            }
        }
        int lowDays = cause.length - highDays;
        if (highDays == 0 || lowDays == 0) {
            return Optional.empty();
        }
        PairAnalysis.Pair pair = tested.pair();
        // A day's sleep is the night before it, so a same-day pair with sleep reads like a lagged one.
        String when = pair.lagDays() == 1 || PairAnalysis.isSleep(pair.primary()) ? "On days after you "
                : "On days you ";
        return Optional.of(when + cause(pair.primary(), median, unit) + ", "
                + outcome(pair.secondary(), high / highDays, low / lowDays, unit) + " (" + cause.length + " days).");
    }

    private static String cause(Metric metric, double median, WeightUnit unit) {
        return switch (metric) {
            case SLEEP_HOURS -> "slept " + number(median, 1) + " h or more";
            case SLEEP_QUALITY -> "rated your sleep " + number(median, 1) + " or better";
            case STRESS_LEVEL -> "rated your stress " + number(median, 1) + " or higher";
            case ENERGY_LEVEL -> "rated your energy " + number(median, 1) + " or higher";
            case MOTIVATION_LEVEL -> "rated your motivation " + number(median, 1) + " or higher";
            case BODY_WEIGHT -> "weighed " + weight(median, unit) + " or more";
            case CALORIES -> "ate " + number(median, 0) + " kcal or more";
            case PROTEIN -> "ate " + number(median, 0) + " g of protein or more";
            case STEPS -> "walked " + number(median, 0) + " steps or more";
            default -> throw new IllegalArgumentException("Not a cause: " + metric);
        };
    }

    private static String outcome(Metric metric, double high, double low, WeightUnit unit) {
        return switch (metric) {
            case VOLUME -> "your training volume was " + change(high, low, "higher", "lower");
            case HARD_SETS -> "you did " + change(high, low, "more", "fewer") + " hard sets";
            case AVERAGE_RIR -> "you left " + number(high, 1) + " reps in reserve on average, against "
                    + number(low, 1);
            case E1RM_CHANGE -> "your estimated 1RM moved " + number(high, 1) + " % from the session before, "
                    + "against " + number(low, 1) + " %";
            case SESSION_DONE -> "you trained on " + number(100 * high, 0) + " % of days, against "
                    + number(100 * low, 0) + " %";
            case SLEEP_HOURS -> "you slept " + number(high, 1) + " h on average, against " + number(low, 1) + " h";
            case SLEEP_QUALITY -> "your sleep quality averaged " + number(high, 1) + ", against " + number(low, 1);
            case STRESS_LEVEL -> "your stress averaged " + number(high, 1) + ", against " + number(low, 1);
            case ENERGY_LEVEL -> "your energy averaged " + number(high, 1) + ", against " + number(low, 1);
            case MOTIVATION_LEVEL -> "your motivation averaged " + number(high, 1) + ", against " + number(low, 1);
            case BODY_WEIGHT -> "you weighed " + weight(high, unit) + " on average, against " + weight(low, unit);
            case CALORIES -> "you ate " + number(high, 0) + " kcal on average, against " + number(low, 0);
            case PROTEIN -> "you ate " + number(high, 0) + " g of protein on average, against " + number(low, 0);
            case STEPS -> "you walked " + number(high, 0) + " steps on average, against " + number(low, 0);
        };
    }

    /** "12 % higher" or "8 % lower", relative to the other days. */
    private static String change(double high, double low, String up, String down) {
        if (low == 0) {
            return number(high, 0) + " on average, against none";
        }
        double percent = 100 * (high - low) / Math.abs(low);
        return number(Math.abs(percent), 0) + " % " + (percent >= 0 ? up : down);
    }

    private static String weight(double kilograms, WeightUnit unit) {
        return unit.fromKilograms(BigDecimal.valueOf(kilograms)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String number(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
