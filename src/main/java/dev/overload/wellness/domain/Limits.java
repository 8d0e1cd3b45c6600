package dev.overload.wellness.domain;

import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.wellness.DayMetrics.Girths;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The bounds of the values whose unit the user chooses, checked in canonical units (the others are checked as
 * the request is read). Messages give the bounds in both units, rounded inwards.
 */
final class Limits {

    static final BigDecimal MIN_BODY_WEIGHT_KG = new BigDecimal("20");
    static final BigDecimal MAX_BODY_WEIGHT_KG = new BigDecimal("400");
    static final BigDecimal MIN_GIRTH_CM = new BigDecimal("10");
    static final BigDecimal MAX_GIRTH_CM = new BigDecimal("300");

    private static final String BODY_WEIGHT = "must be between " + MIN_BODY_WEIGHT_KG + " and " + MAX_BODY_WEIGHT_KG
            + " kg (" + pounds(MIN_BODY_WEIGHT_KG, RoundingMode.CEILING) + " and "
            + pounds(MAX_BODY_WEIGHT_KG, RoundingMode.FLOOR) + " lb)";
    private static final String GIRTH = "must be between " + MIN_GIRTH_CM + " and " + MAX_GIRTH_CM + " cm ("
            + inches(MIN_GIRTH_CM, RoundingMode.CEILING) + " and " + inches(MAX_GIRTH_CM, RoundingMode.FLOOR)
            + " in)";

    private Limits() {
    }

    static void check(DayEntry entry) {
        between(entry.readings().bodyWeightKg(), MIN_BODY_WEIGHT_KG, MAX_BODY_WEIGHT_KG, "body_weight", BODY_WEIGHT);
        Girths girths = entry.girthsCm();
        girth(girths.neck(), "neck");
        girth(girths.chest(), "chest");
        girth(girths.waist(), "waist");
        girth(girths.hips(), "hips");
        girth(girths.arm(), "arm");
        girth(girths.thigh(), "thigh");
        girth(girths.calf(), "calf");
    }

    private static void girth(BigDecimal cm, String name) {
        between(cm, MIN_GIRTH_CM, MAX_GIRTH_CM, "girths." + name, GIRTH);
    }

    private static void between(BigDecimal value, BigDecimal min, BigDecimal max, String field, String message) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            throw new InvalidFieldException(field, message);
        }
    }

    /** Exactly, not as stored: 881.85 lb is 400.0004 kg, over the bound. */
    private static BigDecimal pounds(BigDecimal kg, RoundingMode rounding) {
        return kg.divide(new BigDecimal("0.45359237"), 2, rounding);
    }

    private static BigDecimal inches(BigDecimal cm, RoundingMode rounding) {
        return cm.divide(new BigDecimal("2.54"), 2, rounding);
    }
}
