package dev.overload.insights.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg correction: with many pairs tested, some look significant by chance; q-values bound
 * the expected share of false findings among those accepted. q(i) = min over j ≥ i of p(j) · m / j, for the
 * p-values sorted ascending (rank j of m), capped at 1.
 */
final class FalseDiscovery {

    private FalseDiscovery() {
    }

    /** The q-value of each p-value, in the order given. */
    static double[] qValues(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double smallest = 1;
        for (int rank = m; rank >= 1; rank--) {
            int index = order[rank - 1];
            smallest = Math.min(smallest, pValues[index] * m / rank);
            q[index] = smallest;
        }
        return q;
    }
}
