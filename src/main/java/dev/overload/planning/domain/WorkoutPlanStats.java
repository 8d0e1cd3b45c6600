package dev.overload.planning.domain;

import java.util.Map;

/** Seed 003's statistics of the caller's own plans. */
public record WorkoutPlanStats(long totalPlans, long publicPlans, long privatePlans,
        Map<String, Long> byDifficulty, Map<String, Long> muscleTypeUsage) {
}
