package dev.overload.training.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.training.SetStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workouts recorded after the fact, whole: the session is made (from the plan day when one is named, so its
 * sets carry the plan's targets), each logged set is recorded as done, and the session is completed in the
 * same transaction — records, usage and, for a plan day, progression, dated when the workout ended.
 */
@Service
public class LoggedSessions {

    private final Sessions sessions;
    private final SessionCompletion completion;
    private final TrainingSessionRepository repository;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    LoggedSessions(Sessions sessions, SessionCompletion completion, TrainingSessionRepository repository,
            ExerciseCatalog catalog, Clock clock) {
        this.sessions = sessions;
        this.completion = completion;
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public UUID log(UUID userId, ZoneId zone, LoggedSession logged) {
        Instant now = clock.instant();
        SessionTimes times = SessionTimes.given(logged.sessionDate(), logged.startedAt(), logged.endedAt(), zone,
                now);
        Instant done = times.endedAt() != null ? times.endedAt() : times.sessionDate();
        TrainingSession session = sessions.newSession(userId, logged.trainingPlanId(), logged.trainingPlanDayId(),
                logged.title(), now);
        requireUsable(userId, session, logged.exercises());
        Set<SessionExercise> taken = new HashSet<>();
        for (int i = 0; i < logged.exercises().size(); i++) {
            LoggedSession.Exercise entry = logged.exercises().get(i);
            SessionExercise exercise = slotFor(session, entry.exerciseId(), taken);
            exercise.rate(entry.stimulus(), entry.fatigue());
            for (int j = 0; j < entry.sets().size(); j++) {
                LoggedSession.Set set = entry.sets().get(j);
                SessionSet sessionSet = j < exercise.sets().size() ? exercise.sets().get(j)
                        : exercise.addSet(new SessionSet.Expected(null, null), null);
                SetStatus status = set.status() != null ? set.status() : SetStatus.COMPLETED;
                if (status == SetStatus.PENDING) {
                    throw new InvalidFieldException("exercises[" + i + "].sets[" + j + "].status",
                            "must be COMPLETED, FAILED or SKIPPED: the workout is over");
                }
                if (status != SetStatus.SKIPPED && set.reps() == null && !sessionSet.state().hasExpectedReps()) {
                    throw new InvalidFieldException("exercises[" + i + "].sets[" + j + "].reps",
                            "is required for a set done without a planned target");
                }
                sessionSet.record(set.reps(), set.weightKg(), set.rir(), status, done);
            }
        }
        session.describe(null, logged.comments(), logged.mesocycleName(), logged.sessionNumber());
        session.tookPlace(times);
        // Records and usage are written in SQL next to the sets: the sets must be in the database first.
        repository.saveAndFlush(session);
        completion.finish(session, Map.of());
        return session.getId();
    }

    /** The plan slot of the exercise not yet filled, else an exercise of its own at the end. */
    private static SessionExercise slotFor(TrainingSession session, UUID exerciseId, Set<SessionExercise> taken) {
        SessionExercise exercise = session.exercises().stream()
                .filter(candidate -> candidate.plannedExerciseId() != null && !taken.contains(candidate)
                        && candidate.exerciseId().equals(exerciseId))
                .findFirst()
                .orElseGet(() -> session.exerciseFor(exerciseId, null));
        taken.add(exercise);
        return exercise;
    }

    /** Exercises outside the plan day must be system exercises or the user's own (else 404, as elsewhere). */
    private void requireUsable(UUID userId, TrainingSession session, List<LoggedSession.Exercise> exercises) {
        Set<UUID> planned = new HashSet<>();
        session.exercises().forEach(exercise -> planned.add(exercise.exerciseId()));
        List<UUID> others = exercises.stream().map(LoggedSession.Exercise::exerciseId)
                .filter(id -> !planned.contains(id)).distinct().toList();
        Set<UUID> usable = catalog.visibleTo(userId, others).keySet();
        others.stream().filter(id -> !usable.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("Exercise " + id);
        });
    }
}
