package dev.overload.insights;

import java.util.List;
import java.util.UUID;

/** A user's insights as other modules show them (the dashboard's top finding). */
public interface Insights {

    /** The latest finding per pair, significant ones first, then by the size of the correlation. */
    List<Insight> latest(UUID userId, boolean significantOnly, int limit);
}
