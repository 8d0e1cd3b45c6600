package dev.overload.training.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging sets. The first logged set puts the session in progress (only one per user may be); a finished
 * session's sets no longer change. Sets of an exercise stay densely indexed.
 */
@Service
public class SessionSets {

    private final SessionAccess access;
    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    SessionSets(SessionAccess access, JdbcClient jdbc, ExerciseCatalog catalog, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public UUID add(UUID userId, UUID sessionId, NewSessionSet set) {
        TrainingSession session = access.forChange(userId, sessionId);
        session.requireOpen();
        SessionExercise exercise;
        if (set.plannedExerciseId() != null) {
            exercise = session.exercises().stream()
                    .filter(candidate -> set.plannedExerciseId().equals(candidate.plannedExerciseId()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidFieldException("training_plan_exercise_id",
                            "is not an exercise of this session's plan day"));
        } else if (set.exerciseId() != null) {
            if (catalog.visibleTo(userId, List.of(set.exerciseId())).isEmpty()) {
                throw new NotFoundException("Exercise");
            }
            exercise = session.exerciseFor(set.exerciseId(), null);
        } else {
            throw new InvalidFieldException("exercise_id", "give exercise_id or training_plan_exercise_id");
        }
        SessionSet added = exercise.addSet(new SessionSet.Expected(set.expectedReps(), set.expectedWeightKg()),
                set.setIndex());
        if (set.logsPerformance()) {
            access.requireNoOtherInProgress(session);
            session.logged(clock.instant());
            SetRecord done = set.done();
            added.record(done.actualReps(), done.actualWeightKg(), done.rir(), done.status(), clock.instant());
        }
        return added.getId();
    }

    @Transactional
    public SessionView.Set record(UUID userId, UUID sessionId, UUID setId, SetRecord record) {
        return change(userId, sessionId, setId, (set, now) -> set.record(record.actualReps(),
                record.actualWeightKg(), record.rir(), record.status(), now));
    }

    @Transactional
    public SessionView.Set complete(UUID userId, UUID sessionId, UUID setId) {
        return change(userId, sessionId, setId, SetState::complete);
    }

    @Transactional
    public SessionView.Set fail(UUID userId, UUID sessionId, UUID setId, int reps) {
        return change(userId, sessionId, setId, (set, now) -> set.fail(reps, now));
    }

    @Transactional
    public SessionView.Set reset(UUID userId, UUID sessionId, UUID setId) {
        return change(userId, sessionId, setId, (set, now) -> set.reset());
    }

    @Transactional
    public void delete(UUID userId, UUID sessionId, UUID setId) {
        TrainingSession session = access.forChange(userId, sessionId);
        session.requireOpen();
        SessionSet set = session.set(setId).orElseThrow(() -> new NotFoundException("Session set"));
        set.exercise().removeSet(set);
    }

    /**
     * Logging a set is the hot path, in two statements: the session is locked with the set read (the first set
     * logged starts the session, so sets logged at once must take turns), then the set is written, and a pending
     * session started as {@link TrainingSession#logged} starts it; the answer is built in memory.
     */
    private SessionView.Set change(UUID userId, UUID sessionId, UUID setId,
            BiFunction<SetState, Instant, SetState> change) {
        SessionAccess.SetToLog set = access.forSetChange(userId, sessionId, setId);
        Instant now = clock.instant();
        SetState changed = change.apply(set.state(), now);
        jdbc.sql("""
                with started as (
                    update training_sessions set status = 'IN_PROGRESS', started_at = coalesce(started_at, :now),
                        updated_at = :now
                    where id = :session and status = 'PENDING')
                update session_sets set actual_reps = :reps, actual_weight = :weight, rir = :rir, status = :status,
                    completed_at = :completedAt, version = version + 1, updated_at = :now
                where id = :set""")
                .param("now", Timestamp.from(now)).param("session", sessionId).param("set", setId)
                .param("reps", changed.actualReps(), Types.INTEGER)
                .param("weight", changed.actualWeight(), Types.NUMERIC)
                .param("rir", changed.rir(), Types.INTEGER)
                .param("status", changed.status().name())
                .param("completedAt", changed.completedAt() == null ? null : Timestamp.from(changed.completedAt()),
                        Types.TIMESTAMP)
                .update();
        return set.view(changed);
    }
}
