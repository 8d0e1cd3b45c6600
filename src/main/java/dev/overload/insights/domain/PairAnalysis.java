package dev.overload.insights.domain;

import dev.overload.insights.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pairs tested for a user, and their paired days: each wellness metric against each training outcome
 * on the same day and (but for sleep, which already is the night before its day) on the next day, and the
 * wellness metrics against each other on the same day. A training outcome counts only on days with a
 * session, except whether a session was done at all.
 */
final class PairAnalysis {

    private PairAnalysis() {
    }

    record Pair(Metric primary, Metric secondary, int lagDays) {
    }

    record Tested(Pair pair, Correlation correlation, double[] primary, double[] secondary) {
    }

    static List<Pair> candidates() {
        List<Pair> pairs = new ArrayList<>();
        List<Metric> wellness = List.of(Metric.values()).stream()
                .filter(metric -> metric.kind() == Metric.Kind.WELLNESS).toList();
        List<Metric> training = List.of(Metric.values()).stream()
                .filter(metric -> metric.kind() == Metric.Kind.TRAINING).toList();
        for (Metric cause : wellness) {
            for (Metric outcome : training) {
                pairs.add(new Pair(cause, outcome, 0));
                if (!isSleep(cause)) {
                    pairs.add(new Pair(cause, outcome, 1));
                }
            }
        }
        for (int i = 0; i < wellness.size(); i++) {
            for (int j = i + 1; j < wellness.size(); j++) {
                pairs.add(new Pair(wellness.get(i), wellness.get(j), 0));
            }
        }
        return pairs;
    }

    static boolean isSleep(Metric metric) {
        return metric == Metric.SLEEP_HOURS || metric == Metric.SLEEP_QUALITY;
    }

    /** The pairs with enough paired days and no constant series, with their correlations. */
    static List<Tested> test(DailyValues values, LocalDate from, LocalDate to) {
        List<Tested> tested = new ArrayList<>();
        for (Pair pair : candidates()) {
            List<double[]> paired = paired(values, pair, from, to);
            double[] x = paired.stream().mapToDouble(days -> days[0]).toArray();
            double[] y = paired.stream().mapToDouble(days -> days[1]).toArray();
            Optional<Correlation> correlation = Correlation.of(x, y);
            correlation.ifPresent(found -> tested.add(new Tested(pair, found, x, y)));
        }
        return tested;
    }

    private static List<double[]> paired(DailyValues values, Pair pair, LocalDate from, LocalDate to) {
        List<double[]> paired = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Double cause = values.get(day.minusDays(pair.lagDays()), pair.primary());
            Double outcome = values.get(day, pair.secondary());
            if (cause != null && outcome == null && pair.secondary() == Metric.SESSION_DONE) {
                outcome = 0.0;
            }
            if (cause != null && outcome != null) {
                paired.add(new double[]{cause, outcome});
            }
        }
        return paired;
    }
}
