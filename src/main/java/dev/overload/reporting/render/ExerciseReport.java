package dev.overload.reporting.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One exercise's history over the period: every completed set, each session's best, and the records set. */
public record ExerciseReport(ReportHeading report, Exercise exercise, Summary summary, List<Session> sessions,
        List<RecordEntry> records, List<Set> sets) implements ReportDocument {

    public record Exercise(UUID id, String name, String primaryMuscleGroup, List<String> secondaryMuscleGroups,
            List<String> equipment) {
    }

    public record Summary(int sessions, int sets, int reps, BigDecimal volume,
            @Nullable BigDecimal bestEstimatedOneRepMax, @Nullable BigDecimal heaviestWeight) {
    }

    public record Session(UUID sessionId, LocalDate date, int sets, int reps, BigDecimal volume,
            BigDecimal topWeight, @Nullable BigDecimal bestEstimatedOneRepMax) {
    }

    /** @param estimatedOneRepMax Epley's; null for a set without load */
    public record Set(UUID sessionId, LocalDate date, int setIndex, int reps, BigDecimal weight,
            @Nullable Integer rir, @Nullable BigDecimal estimatedOneRepMax, BigDecimal volume) {
    }
}
