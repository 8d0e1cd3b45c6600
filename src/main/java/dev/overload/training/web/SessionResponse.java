package dev.overload.training.web;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.planning.ProgressionOutcome;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.domain.SessionView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Seed 004's session with its sets, plus seeds 000 and 001's fields; once completed, what progression did
 * ({@code progression}) and the records it set ({@code personal_records}).
 */
record SessionResponse(
        @JsonUnwrapped SessionView.Summary session,
        WeightUnit weightUnit,
        List<Exercise> exercises,
        List<SessionSetResponse> sets,
        List<Progression> progression,
        List<PersonalRecordResponse> personalRecords) {

    record Exercise(UUID exerciseId, String exerciseName, @Nullable UUID trainingPlanExerciseId, int orderIndex,
            @Nullable Integer stimulus, @Nullable Integer fatigue) {
    }

    /** {@code capped}: a target weight stopped at the 10,000 kg bound instead of growing past it. */
    record Progression(UUID exerciseId, ProgressionOutcome outcome, int consecutiveFailures, boolean deloaded,
            List<BigDecimal> weightsBefore, List<BigDecimal> weightsAfter, boolean capped) {
    }

    static SessionResponse from(SessionView session, WeightUnit unit) {
        return new SessionResponse(session.session(), unit,
                session.exercises().stream().map(exercise -> new Exercise(exercise.exerciseId(),
                        exercise.exerciseName(), exercise.trainingPlanExerciseId(), exercise.orderIndex(),
                        exercise.stimulus(), exercise.fatigue())).toList(),
                session.sets().stream().map(set -> SessionSetResponse.from(set, unit)).toList(),
                session.progression().stream().map(change -> new Progression(change.exerciseId(),
                        ProgressionOutcome.of(change.success()), change.consecutiveFailures(), change.deloaded(),
                        change.weightsBeforeKg().stream().map(unit::fromKilograms).toList(),
                        change.weightsAfterKg().stream().map(unit::fromKilograms).toList(), change.capped())).toList(),
                session.personalRecords().stream().map(record -> PersonalRecordResponse.from(record, unit)).toList());
    }
}
