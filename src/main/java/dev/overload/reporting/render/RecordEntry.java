package dev.overload.reporting.render;

import dev.overload.training.RecordType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A personal record set in the period.
 *
 * @param value reps for MOST_REPS_AT_WEIGHT, else a weight or a volume in the report's unit
 * @param date the user's day it was set on
 */
public record RecordEntry(UUID exerciseId, String exerciseName, RecordType recordType, BigDecimal value,
        @Nullable BigDecimal weight, @Nullable Integer reps, LocalDate date) {
}
