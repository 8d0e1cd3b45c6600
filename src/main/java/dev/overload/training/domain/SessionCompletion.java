package dev.overload.training.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.planning.ProgressionApplied;
import dev.overload.planning.SessionOutcome;
import dev.overload.planning.TrainingPlans;
import dev.overload.training.SessionCompleted;
import dev.overload.training.SessionStatus;
import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing a session, exactly once: the session row is locked and its status is the gate, so a second
 * or concurrent completion finds it COMPLETED and changes nothing. The first applies progression to the
 * plan, records personal records and counts the use of each exercise, all in the same transaction.
 */
@Service
public class SessionCompletion {

    private final SessionAccess access;
    private final TrainingSessionRepository sessions;
    private final SessionQueries queries;
    private final TrainingPlans planning;
    private final ExerciseCatalog catalog;
    private final PersonalRecords personalRecords;
    private final SessionTotals totals;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionCompletion(SessionAccess access, TrainingSessionRepository sessions, SessionQueries queries,
            TrainingPlans planning, ExerciseCatalog catalog,
            PersonalRecords personalRecords, SessionTotals totals, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.queries = queries;
        this.planning = planning;
        this.catalog = catalog;
        this.personalRecords = personalRecords;
        this.totals = totals;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The completed session, as a read answers it. The first completion answers from what it holds in memory (the
     * session, its sets, the progression it applied, the records its insert answered), reading only the exercise
     * names; completing again reads the session as it was left.
     */
    @Transactional
    public SessionView complete(UUID userId, UUID sessionId) {
        TrainingSession session = access.forChange(userId, sessionId);
        if (session.status() == SessionStatus.COMPLETED) {
            return queries.session(userId, sessionId);
        }
        Map<UUID, String> names = catalog.names(
                session.exercises().stream().map(SessionExercise::exerciseId).distinct().toList());
        Finished finished = finish(session, names);
        // the session's row is written now, so that the answer carries its new version (its ETag)
        sessions.flush();
        SessionView view = session.view(names);
        return new SessionView(view.session(), view.exercises(), view.sets(),
                finished.applied().stream().map(change -> new SessionView.Progression(change.exerciseId(),
                        change.success(), change.consecutiveFailures(), change.deloaded(), change.weightsBeforeKg(),
                        change.weightsAfterKg(), change.capped())).toList(),
                finished.records());
    }

    /** What completing did: the progression applied to the session's plan, and the records set (named). */
    record Finished(List<ProgressionApplied> applied, List<SessionView.Record> records) {
    }

    /**
     * Completes a session the caller holds the lock of (or has just made): its totals, progression, records and
     * usage dated when the session ended, and the announcement. The sets must be in the database already.
     */
    Finished finish(TrainingSession session, Map<UUID, String> names) {
        UUID userId = session.userId();
        session.complete(clock.instant());
        totals.count(session.getId());
        Instant ended = session.endedAt();
        List<ProgressionApplied> applied = List.of();
        if (session.trainingPlanId() != null) {
            applied = planning.applyProgression(userId, session.trainingPlanId(), outcomes(session));
            save(userId, session.getId(), applied);
        }
        List<SessionView.Record> records = personalRecords.record(session, ended, names);
        Set<UUID> used = new LinkedHashSet<>();
        session.exercises().stream()
                .filter(exercise -> exercise.sets().stream()
                        .anyMatch(set -> set.state().status() == SetStatus.COMPLETED))
                .forEach(exercise -> used.add(exercise.exerciseId()));
        catalog.recordUsage(userId, used, ended);
        events.publishEvent(new SessionCompleted(session.getId(), userId, session.trainingPlanId(), ended));
        return new Finished(applied, records);
    }

    /** Per catalog exercise of the plan: a success when every slot holding it was done as planned. */
    private static List<SessionOutcome> outcomes(TrainingSession session) {
        Map<UUID, Boolean> success = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> slots = new HashMap<>();
        for (SessionExercise exercise : session.exercises()) {
            if (exercise.plannedExerciseId() == null) {
                continue;
            }
            success.merge(exercise.exerciseId(), exercise.succeeded(), Boolean::logicalAnd);
            slots.computeIfAbsent(exercise.exerciseId(), id -> new LinkedHashSet<>()).add(exercise.plannedExerciseId());
        }
        List<SessionOutcome> outcomes = new ArrayList<>();
        success.forEach((exerciseId, succeeded) -> outcomes
                .add(new SessionOutcome(exerciseId, slots.get(exerciseId), succeeded)));
        return outcomes;
    }

    /**
     * One statement for all exercises, so completing costs the same few statements whatever the session's size. Each
     * row's weights travel as an array literal, since an array of arrays would unnest to single weights.
     */
    private void save(UUID userId, UUID sessionId, List<ProgressionApplied> applied) {
        if (applied.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into session_progressions (user_id, training_session_id, exercise_id, success,
                    consecutive_failures, deloaded, weights_before, weights_after, capped)
                select :user, :session, p.exercise_id, p.success, p.failures, p.deloaded, p.before::numeric[],
                       p.after::numeric[], p.capped
                from unnest(:exercises, :successes, :failures, :deloaded, :before, :after, :capped)
                     as p(exercise_id, success, failures, deloaded, before, after, capped)""")
                .param("user", userId)
                .param("session", sessionId)
                .param("exercises", new SqlArrayValue("uuid",
                        applied.stream().map(ProgressionApplied::exerciseId).toArray()))
                .param("successes", new SqlArrayValue("bool",
                        applied.stream().map(ProgressionApplied::success).toArray()))
                .param("failures", new SqlArrayValue("int4",
                        applied.stream().map(ProgressionApplied::consecutiveFailures).toArray()))
                .param("deloaded", new SqlArrayValue("bool",
                        applied.stream().map(ProgressionApplied::deloaded).toArray()))
                .param("before", new SqlArrayValue("text",
                        applied.stream().map(change -> arrayLiteral(change.weightsBeforeKg())).toArray()))
                .param("after", new SqlArrayValue("text",
                        applied.stream().map(change -> arrayLiteral(change.weightsAfterKg())).toArray()))
                .param("capped", new SqlArrayValue("bool",
                        applied.stream().map(ProgressionApplied::capped).toArray()))
                .update();
    }

    /** PostgreSQL's text form of a numeric array, {@code {100,102.5,NULL}}. */
    private static String arrayLiteral(List<BigDecimal> weights) {
        return weights.stream().map(weight -> weight == null ? "NULL" : weight.toPlainString())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
