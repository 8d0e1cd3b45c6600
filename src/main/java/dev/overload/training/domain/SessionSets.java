package dev.overload.training.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging sets. The first logged set puts the session in progress (only one per user may be); a finished
 * session's sets no longer change. Sets of an exercise stay densely indexed.
 */
@Service
public class SessionSets {

    private final SessionAccess access;
    private final SessionSetRepository sets;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    SessionSets(SessionAccess access, SessionSetRepository sets, ExerciseCatalog catalog, Clock clock) {
        this.access = access;
        this.sets = sets;
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
        return change(userId, sessionId, setId,
                (set, session) -> set.record(record.actualReps(), record.actualWeightKg(),
                        record.rir(), record.status(), clock.instant()));
    }

    @Transactional
    public SessionView.Set complete(UUID userId, UUID sessionId, UUID setId) {
        return change(userId, sessionId, setId, (set, session) -> set.complete(clock.instant()));
    }

    @Transactional
    public SessionView.Set fail(UUID userId, UUID sessionId, UUID setId, int reps) {
        return change(userId, sessionId, setId, (set, session) -> set.fail(reps, clock.instant()));
    }

    @Transactional
    public SessionView.Set reset(UUID userId, UUID sessionId, UUID setId) {
        return change(userId, sessionId, setId, (set, session) -> set.reset());
    }

    @Transactional
    public void delete(UUID userId, UUID sessionId, UUID setId) {
        TrainingSession session = access.forChange(userId, sessionId);
        session.requireOpen();
        SessionSet set = session.set(setId).orElseThrow(() -> new NotFoundException("Session set"));
        set.exercise().removeSet(set);
    }

    /**
     * Logging a set is the hot path: the session is locked (the first set logged starts it, so sets logged
     * at once must take turns), then the set is loaded with its exercise, and the answer is built in memory.
     */
    private SessionView.Set change(UUID userId, UUID sessionId, UUID setId,
            BiConsumer<SessionSet, TrainingSession> change) {
        TrainingSession session = access.forChange(userId, sessionId);
        SessionSet set = sets.findInSession(setId, sessionId).orElseThrow(() -> new NotFoundException("Session set"));
        access.requireNoOtherInProgress(session);
        session.logged(clock.instant());
        change.accept(set, session);
        return set.view();
    }
}
