package dev.overload.training.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.RecordType;
import dev.overload.training.domain.SessionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A personal record. {@code value} is a weight (heaviest, estimated 1RM) or a volume (reps × weight) in
 * the user's unit, or a number of reps for MOST_REPS_AT_WEIGHT; {@code weight} and {@code reps} describe
 * the set that made it.
 */
record PersonalRecordResponse(UUID id, UUID exerciseId, String exerciseName, RecordType type, BigDecimal value,
        @Nullable BigDecimal weight, @Nullable Integer reps, UUID trainingSessionId, @Nullable UUID sessionSetId,
        Instant achievedAt) {

    static PersonalRecordResponse from(SessionView.Record record, WeightUnit unit) {
        BigDecimal value = record.type().shown(record.value(), unit);
        return new PersonalRecordResponse(record.id(), record.exerciseId(), record.exerciseName(), record.type(),
                value, unit.fromKilograms(record.weightKg()), record.reps(), record.trainingSessionId(),
                record.sessionSetId(), record.achievedAt());
    }
}
