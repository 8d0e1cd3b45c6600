package dev.overload.training.domain;

import dev.overload.planning.PlannedDay;
import dev.overload.planning.TrainingPlans;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.training.ScheduledOccurrences;
import dev.overload.training.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, describing, cancelling and deleting sessions, and rating their exercises. */
@Service
public class Sessions {

    private final TrainingSessionRepository sessions;
    private final SessionInserts inserts;
    private final SessionAccess access;
    private final TrainingPlans planning;
    private final ObjectProvider<ScheduledOccurrences> scheduledOccurrences;
    private final Clock clock;

    Sessions(TrainingSessionRepository sessions, SessionInserts inserts, SessionAccess access,
            TrainingPlans planning, ObjectProvider<ScheduledOccurrences> scheduledOccurrences, Clock clock) {
        this.sessions = sessions;
        this.inserts = inserts;
        this.access = access;
        this.planning = planning;
        this.scheduledOccurrences = scheduledOccurrences;
        this.clock = clock;
    }

    /**
     * A session of a plan day gets one set per planned set, carrying the plan's current targets (which
     * progression keeps up to date); an ad-hoc session starts empty. A session of a schedule performs its
     * nearest occurrence and trains what the schedule places. The new session is built in memory from the plan
     * day as the plan cache holds it (targets and exercise names), answered as it stands in memory and written
     * from that answer in one statement ({@link SessionInserts}).
     */
    @Transactional
    public SessionView start(UUID userId, ZoneId zone, SessionStart start) {
        Instant now = clock.instant();
        SessionTimes times = SessionTimes.given(start.sessionDate(), start.startedAt(), start.endedAt(), zone, now);
        UUID planId = start.trainingPlanId();
        UUID dayId = start.trainingPlanDayId();
        ScheduledOccurrences.OccurrenceToPerform scheduled = null;
        if (start.scheduleId() != null) {
            scheduled = scheduledOccurrences.getObject().toPerform(userId, start.scheduleId(), now);
            planId = sameOrScheduled(planId, scheduled.planId(), "training_plan_id");
            dayId = sameOrScheduled(dayId, scheduled.dayId(), "training_plan_day_id");
            if (dayId == null) {
                throw new InvalidFieldException("training_plan_day_id",
                        "is required: the schedule places the whole plan, so say which day to train");
            }
        }
        PlannedDay day = plannedDay(userId, planId, dayId);
        TrainingSession session = newSession(userId, day, start.title(), now);
        if (scheduled != null) {
            session.perform(scheduled.scheduleId(), scheduled.start());
        }
        session.describe(null, start.comments(), start.mesocycleName(), start.sessionNumber());
        session.tookPlace(times);
        Map<UUID, String> names = new HashMap<>();
        if (day != null) {
            day.exercises().forEach(slot -> names.put(slot.exerciseId(), slot.exerciseName()));
        }
        SessionView view = session.view(names);
        inserts.insert(view, now);
        return view;
    }

    /**
     * A session of the plan day, with one set per planned set carrying the plan's current targets (which
     * progression keeps up to date), or an ad-hoc one, empty, when no plan is named.
     */
    TrainingSession newSession(UUID userId, UUID planId, UUID dayId, String title, Instant now) {
        return newSession(userId, plannedDay(userId, planId, dayId), title, now);
    }

    /** The plan day named (from the plan cache: its names and targets), or none for an ad-hoc session. */
    private @Nullable PlannedDay plannedDay(UUID userId, UUID planId, UUID dayId) {
        if (planId == null) {
            if (dayId != null) {
                throw new InvalidFieldException("training_plan_id", "is required with training_plan_day_id");
            }
            return null;
        }
        if (dayId == null) {
            throw new InvalidFieldException("training_plan_day_id", "is required with training_plan_id");
        }
        return planning.plannedDay(userId, planId, dayId);
    }

    private static TrainingSession newSession(UUID userId, @Nullable PlannedDay day, String title, Instant now) {
        if (day == null) {
            return new TrainingSession(userId, null, null, title != null ? title : "Workout", now);
        }
        TrainingSession session = new TrainingSession(userId, day.planId(), day.dayId(),
                title != null ? title : day.name(), now);
        for (PlannedDay.Slot slot : day.exercises()) {
            SessionExercise exercise = session.exerciseFor(slot.exerciseId(), slot.plannedExerciseId());
            slot.sets().forEach(
                    target -> exercise.addSet(new SessionSet.Expected(target.reps(), target.weightKg()), null));
        }
        return session;
    }

    /** The id the schedule gives, unless the client gave another one. */
    private static UUID sameOrScheduled(UUID given, UUID scheduled, String field) {
        if (given != null && scheduled != null && !given.equals(scheduled)) {
            throw new InvalidFieldException(field, "must be the schedule's, or left out");
        }
        return given != null ? given : scheduled;
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
