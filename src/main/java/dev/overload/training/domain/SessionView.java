package dev.overload.training.domain;

import org.jspecify.annotations.Nullable;
import dev.overload.training.RecordType;
import dev.overload.training.SessionStatus;
import dev.overload.training.SetStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as read: its exercises, its sets in exercise then set order (kilograms), and once completed
 * what it did to the plan's progression and which personal records it set.
 */
public record SessionView(Summary session, List<Exercise> exercises, List<Set> sets, List<Progression> progression,
        List<Record> personalRecords) {

    public UUID id() {
        return session.id();
    }

    /** The session's version: it goes up with every change to the session or its sets. */
    public long version() {
        return session.version();
    }

    /** The session's own fields (seeds 004, 000 and 001). */
    public record Summary(
            UUID id,
            @Nullable UUID trainingPlanId,
            @Nullable UUID trainingPlanDayId,
            UUID userId,
            @Nullable UUID scheduleId,
            @Nullable Instant scheduledStart,
            @Nullable String title,
            Instant sessionDate,
            SessionStatus status,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt,
            @Nullable Integer durationMinutes,
            @Nullable String comments,
            @Nullable String mesocycleName,
            @Nullable Integer sessionNumber,
            @JsonIgnore long version) {
    }

    public record Exercise(UUID id, UUID exerciseId, String exerciseName, UUID trainingPlanExerciseId,
            int orderIndex, Integer stimulus, Integer fatigue) {
    }

    public record Set(UUID id, UUID sessionExerciseId, UUID exerciseId, UUID trainingPlanExerciseId, int setIndex,
            Integer expectedReps, BigDecimal expectedWeightKg, Integer actualReps, BigDecimal actualWeightKg,
            Integer rir, SetStatus status, Instant completedAt) {
    }

    /** {@code capped}: a target stopped at the 10,000 kg bound instead of growing past it. */
    public record Progression(UUID exerciseId, boolean success, int consecutiveFailures, boolean deloaded,
            List<BigDecimal> weightsBeforeKg, List<BigDecimal> weightsAfterKg, boolean capped) {
    }

    public record Record(UUID id, UUID exerciseId, String exerciseName, RecordType type, BigDecimal value,
            BigDecimal weightKg, Integer reps, UUID trainingSessionId, UUID sessionSetId, Instant achievedAt) {
    }
}
