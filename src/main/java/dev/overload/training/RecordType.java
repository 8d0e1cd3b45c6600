package dev.overload.training;

/**
 * Kinds of personal record for an exercise. Estimated 1RM uses Epley's formula, weight × (1 + reps / 30),
 * and is the weight itself for a single rep. Volume is reps × weight.
 */
public enum RecordType {
    HEAVIEST_WEIGHT,
    MOST_REPS_AT_WEIGHT,
    BEST_ESTIMATED_1RM,
    BEST_SET_VOLUME,
    BEST_SESSION_VOLUME
}
