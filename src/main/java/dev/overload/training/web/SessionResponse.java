package dev.overload.training.web;

import dev.overload.identity.WeightUnit;
import dev.overload.training.SessionStatus;
import dev.overload.training.domain.SessionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Seed 004's session with its sets, plus seeds 000 and 001's fields; once completed, what progression did
 * ({@code progression}) and the records it set ({@code personal_records}).
 */
record SessionResponse(
        UUID id,
        UUID trainingPlanId,
        UUID trainingPlanDayId,
        UUID userId,
        UUID scheduleId,
        Instant scheduledStart,
        String title,
        Instant sessionDate,
        SessionStatus status,
        Instant startedAt,
        Instant endedAt,
        Integer durationMinutes,
        String comments,
        String mesocycleName,
        Integer sessionNumber,
        WeightUnit weightUnit,
        List<Exercise> exercises,
        List<SessionSetResponse> sets,
        List<Progression> progression,
        List<PersonalRecordResponse> personalRecords) {

    record Exercise(UUID exerciseId, String exerciseName, UUID trainingPlanExerciseId, int orderIndex,
            Integer stimulus, Integer fatigue) {
    }

    record Progression(UUID exerciseId, String outcome, int consecutiveFailures, boolean deloaded,
            List<BigDecimal> weightsBefore, List<BigDecimal> weightsAfter) {
    }

    static SessionResponse from(SessionView session, WeightUnit unit) {
        return new SessionResponse(session.id(), session.trainingPlanId(), session.trainingPlanDayId(),
                session.userId(), session.scheduleId(), session.scheduledStart(), session.title(),
                session.sessionDate(), session.status(),
                session.startedAt(), session.endedAt(), session.durationMinutes(), session.comments(),
                session.mesocycleName(), session.sessionNumber(), unit,
                session.exercises().stream().map(exercise -> new Exercise(exercise.exerciseId(),
                        exercise.exerciseName(), exercise.trainingPlanExerciseId(), exercise.orderIndex(),
                        exercise.stimulus(), exercise.fatigue())).toList(),
                session.sets().stream().map(set -> SessionSetResponse.from(set, unit)).toList(),
                session.progression().stream().map(change -> new Progression(change.exerciseId(),
                        change.success() ? "success" : "failure", change.consecutiveFailures(), change.deloaded(),
                        change.weightsBeforeKg().stream().map(unit::fromKilograms).toList(),
                        change.weightsAfterKg().stream().map(unit::fromKilograms).toList())).toList(),
                session.personalRecords().stream().map(record -> PersonalRecordResponse.from(record, unit)).toList());
    }
}
