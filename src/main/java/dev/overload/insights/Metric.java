package dev.overload.insights;

/**
 * What insights correlate: wellness metrics of a day (the sleep of the night before it) and training outcomes
 * of a day. Outcomes other than {@link #SESSION_DONE} exist only on days with a completed session.
 */
public enum Metric {
    SLEEP_HOURS(Kind.WELLNESS),
    SLEEP_QUALITY(Kind.WELLNESS),
    STRESS_LEVEL(Kind.WELLNESS),
    ENERGY_LEVEL(Kind.WELLNESS),
    MOTIVATION_LEVEL(Kind.WELLNESS),
    BODY_WEIGHT(Kind.WELLNESS),
    CALORIES(Kind.WELLNESS),
    PROTEIN(Kind.WELLNESS),
    STEPS(Kind.WELLNESS),
    VOLUME(Kind.TRAINING),
    HARD_SETS(Kind.TRAINING),
    AVERAGE_RIR(Kind.TRAINING),
    E1RM_CHANGE(Kind.TRAINING),
    SESSION_DONE(Kind.TRAINING);

    public enum Kind {
        WELLNESS,
        TRAINING
    }

    private final Kind kind;

    Metric(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
