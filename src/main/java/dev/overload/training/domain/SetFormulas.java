package dev.overload.training.domain;

/** SQL for what a performed set {@code ss} is worth, shared by the module's queries so each rule is written once. */
final class SetFormulas {

    /** Epley's estimated 1RM: weight × (1 + reps / 30), the weight itself for one rep. */
    static final String EPLEY = """
            case when ss.actual_reps = 1 then ss.actual_weight
                 else round(ss.actual_weight * (1 + ss.actual_reps / 30.0), 3) end""";

    /** A completed set with a RIR of at most 3, or none recorded, is a hard set. */
    static final String HARD = "(ss.rir is null or ss.rir <= 3)";

    /** Volume in kilograms: reps × weight, a bodyweight set (no weight) counting nothing. */
    static final String VOLUME = "ss.actual_reps * coalesce(ss.actual_weight, 0)";

    private SetFormulas() {
    }
}
