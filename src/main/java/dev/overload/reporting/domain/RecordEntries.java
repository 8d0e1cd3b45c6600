package dev.overload.reporting.domain;

import dev.overload.reporting.render.RecordEntry;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingStatistics.RecentRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Records as reports show them: on the user's day, in the report's unit. */
final class RecordEntries {

    private RecordEntries() {
    }

    static List<RecordEntry> of(List<RecentRecord> records, ZoneId zone, WeightUnit unit) {
        return records.stream().map(record -> new RecordEntry(record.exerciseId(), record.exerciseName(),
                record.type(), record.type().shown(record.value(), unit), unit.fromKilograms(record.weightKg()),
                record.reps(), LocalDate.ofInstant(record.achievedAt(), zone))).toList();
    }
}
