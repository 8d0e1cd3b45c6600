package dev.overload.training.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.planning.PlannedDay;
import dev.overload.planning.SessionPlanning;
import dev.overload.shared.InvalidFieldException;
import dev.overload.shared.NotFoundException;
import dev.overload.training.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, describing, cancelling and deleting sessions, and rating their exercises. */
@Service
public class Sessions {

    private final TrainingSessionRepository sessions;
    private final SessionAccess access;
    private final SessionPlanning planning;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    Sessions(TrainingSessionRepository sessions, SessionAccess access, SessionPlanning planning,
            ExerciseCatalog catalog, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.planning = planning;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * A session of a plan day gets one set per planned set, carrying the plan's current targets (which
     * progression keeps up to date); an ad-hoc session starts empty.
     */
    /** The new session, built in memory: nothing is read back. */
    @Transactional
    public SessionView start(UUID userId, SessionStart start) {
        Instant now = clock.instant();
        TrainingSession session;
        if (start.trainingPlanId() != null) {
            if (start.trainingPlanDayId() == null) {
                throw new InvalidFieldException("training_plan_day_id", "is required with training_plan_id");
            }
            PlannedDay day = planning.plannedDay(userId, start.trainingPlanId(), start.trainingPlanDayId());
            session = new TrainingSession(userId, day.planId(), day.dayId(), start.scheduleId(),
                    start.title() != null ? start.title() : day.name(), now);
            for (PlannedDay.Slot slot : day.exercises()) {
                SessionExercise exercise = session.exerciseFor(slot.exerciseId(), slot.plannedExerciseId());
                slot.sets().forEach(target ->
                        exercise.addSet(new SessionSet.Expected(target.reps(), target.weightKg()), null));
            }
        } else {
            if (start.trainingPlanDayId() != null) {
                throw new InvalidFieldException("training_plan_id", "is required with training_plan_day_id");
            }
            session = new TrainingSession(userId, null, null, start.scheduleId(),
                    start.title() != null ? start.title() : "Workout", now);
        }
        session.describe(null, start.comments(), start.mesocycleName(), start.sessionNumber());
        sessions.save(session);
        return session.view(catalog.names(session.exercises().stream().map(SessionExercise::exerciseId).toList()));
    }

    @Transactional
    public void update(UUID userId, UUID sessionId, SessionChanges changes) {
        TrainingSession session = access.forChange(userId, sessionId);
        if (changes.status() == SessionStatus.IN_PROGRESS) {
            access.requireNoOtherInProgress(session);
        }
        session.changeStatus(changes.status(), clock.instant());
        session.describe(changes.title(), changes.comments(), changes.mesocycleName(), changes.sessionNumber());
    }

    @Transactional
    public void delete(UUID userId, UUID sessionId) {
        sessions.delete(access.forChange(userId, sessionId));
    }

    /** Stimulus and fatigue (1–5) of a catalog exercise in the session. */
    @Transactional
    public void rate(UUID userId, UUID sessionId, UUID exerciseId, Integer stimulus, Integer fatigue) {
        List<SessionExercise> rated = access.forChange(userId, sessionId).exercises().stream()
                .filter(exercise -> exercise.exerciseId().equals(exerciseId)).toList();
        if (rated.isEmpty()) {
            throw new NotFoundException("Exercise in this session");
        }
        rated.forEach(exercise -> exercise.rate(stimulus, fatigue));
    }
}
