package dev.overload.training.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The arithmetic of {@link ExerciseAnalysis}: pure, so every case is unit-tested. */
final class SessionComparison {

    private SessionComparison() {
    }

    static ExerciseAnalysis compare(UUID exerciseId, String name, UUID previousSessionId, List<Lift> now,
            List<Lift> before) {
        BigDecimal topNow = top(now);
        BigDecimal topBefore = top(before);
        BigDecimal strength = topNow.subtract(topBefore);
        BigDecimal weight = topNow.min(topBefore);
        int repsNow = mostRepsAtLeast(now, weight);
        int repsBefore = mostRepsAtLeast(before, weight);
        int reps = Math.min(repsNow, repsBefore);
        int setsChange = setsReaching(now, weight, reps) - setsReaching(before, weight, reps);
        int repsChange = repsNow - repsBefore;
        String strengthVerdict = verdict(strength.signum());
        String repsVerdict = verdict(Integer.signum(repsChange));
        String setsVerdict = verdict(Integer.signum(setsChange));
        int overall = strength.signum() != 0 ? strength.signum()
                : repsChange != 0 ? Integer.signum(repsChange) : Integer.signum(setsChange);
        return new ExerciseAnalysis(exerciseId, name, previousSessionId, strength, repsChange, setsChange, weight,
                strengthVerdict, repsVerdict, setsVerdict, verdict(overall));
    }

    private static BigDecimal top(List<Lift> lifts) {
        return lifts.stream().filter(lift -> lift.reps() > 0).map(Lift::weightKg).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    private static int mostRepsAtLeast(List<Lift> lifts, BigDecimal weight) {
        return lifts.stream().filter(lift -> lift.weightKg().compareTo(weight) >= 0).mapToInt(Lift::reps).max()
                .orElse(0);
    }

    private static int setsReaching(List<Lift> lifts, BigDecimal weight, int reps) {
        return (int) lifts.stream()
                .filter(lift -> lift.reps() > 0 && lift.weightKg().compareTo(weight) >= 0 && lift.reps() >= reps)
                .count();
    }

    private static String verdict(int sign) {
        return sign > 0 ? "improved" : sign < 0 ? "regressed" : "held";
    }
}
