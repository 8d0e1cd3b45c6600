package dev.overload.training.web;

import org.jspecify.annotations.Nullable;
import dev.overload.shared.units.WeightUnit;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.paging.PageParams;
import dev.overload.training.RecordType;
import dev.overload.training.domain.HistoryEntry;
import dev.overload.training.domain.RecordQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Personal records", description = "Records set by completed sets, and an exercise's history")
class PersonalRecordController {

    private final RecordQueries records;

    PersonalRecordController(RecordQueries records) {
        this.records = records;
    }

    @GetMapping("/api/personal-records")
    @Operation(operationId = "listPersonalRecords", summary = "My current records, newest first. Estimated 1RM is "
            + "Epley's weight × (1 + reps / 30) (the weight itself for one rep); volume is reps × weight")
    ResponseEntity<List<PersonalRecordResponse>> list(CurrentUser caller,
            @RequestParam(name = "exercise_id", required = false) UUID exerciseId,
            @RequestParam(required = false) RecordType type, @Valid @ParameterObject PageParams page) {
        WeightUnit unit = caller.weightUnit();
        return records.personalRecords(caller.id(), exerciseId, type, page)
                .map(record -> PersonalRecordResponse.from(record, unit)).toResponse();
    }

    @GetMapping("/api/exercises/{exerciseId}/history")
    @Operation(operationId = "getExerciseHistory", summary = "Every completed set of an exercise, newest first")
    ResponseEntity<List<HistoryResponse>> history(CurrentUser caller, @PathVariable UUID exerciseId,
            @Valid @ParameterObject PageParams page) {
        WeightUnit unit = caller.weightUnit();
        return records.history(caller.id(), exerciseId, page).map(entry -> HistoryResponse.from(entry, unit))
                .toResponse();
    }

    record HistoryResponse(UUID sessionId, Instant sessionDate, @Nullable String sessionTitle, UUID setId, int setIndex,
            int reps, BigDecimal weight, @Nullable Integer rir, Instant completedAt, BigDecimal estimatedOneRepMax,
            WeightUnit weightUnit) {

        static HistoryResponse from(HistoryEntry entry, WeightUnit unit) {
            return new HistoryResponse(entry.sessionId(), entry.sessionDate(), entry.sessionTitle(), entry.setId(),
                    entry.setIndex(), entry.reps(), unit.fromKilograms(entry.weightKg()), entry.rir(),
                    entry.completedAt(), unit.fromKilograms(entry.estimatedOneRepMaxKg()), unit);
        }
    }
}
