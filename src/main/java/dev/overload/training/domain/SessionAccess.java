package dev.overload.training.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.shared.contract.ETags;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.training.SessionStatus;
import dev.overload.training.SetStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads a caller's session for a change (locked), and keeps one session in progress per user. */
@Component
class SessionAccess {

    /** The session locked, with one of its sets (none when not found) and another session of the user in progress. */
    private static final String LOCKED_SET = """
            with locked as (%s returning id, status, version)
            select locked.status as session_status, locked.version,
                   case when locked.status = 'PENDING' then (select other.id from training_sessions other
                        where other.user_id = :userId and other.status = 'IN_PROGRESS' and other.id <> locked.id)
                   end as other_in_progress,
                   s.id as set_id, s.session_exercise_id, e.exercise_id, e.training_plan_exercise_id, s.set_index,
                   s.expected_reps, s.expected_weight, s.actual_reps, s.actual_weight, s.rir, s.status, s.completed_at
            from locked
            left join session_sets s on s.id = :setId and s.training_session_id = locked.id
            left join session_exercises e on e.id = s.session_exercise_id""".formatted(TrainingSessionRepository.LOCK);

    private final TrainingSessionRepository sessions;
    private final JdbcClient jdbc;

    SessionAccess(TrainingSessionRepository sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    TrainingSession forChange(UUID userId, UUID sessionId) {
        TrainingSession session = sessions.findOwnedForUpdate(sessionId, userId)
                .orElseThrow(() -> new NotFoundException("Training session"));
        // Locking raised the version: If-Match names the one before this change.
        ETags.requireMatch(session.getVersion() - 1);
        return session;
    }

    /**
     * For logging one set, the hot path: in one statement instead of the session's entity graph, the session locked
     * as {@link #forChange} locks it, with the set and its exercise, and another session of the user in progress
     * when this one has yet to start. The set's session must be open, and no other in progress when it starts.
     */
    SetToLog forSetChange(UUID userId, UUID sessionId, UUID setId) {
        SetToLog found = jdbc.sql(LOCKED_SET).param("id", sessionId).param("userId", userId).param("setId", setId)
                .query(SessionAccess::setToLog).optional()
                .orElseThrow(() -> new NotFoundException("Training session"));
        ETags.requireMatch(found.version() - 1);
        if (found.id() == null) {
            throw new NotFoundException("Session set");
        }
        if (found.sessionStatus() == SessionStatus.PENDING && found.otherInProgress() != null) {
            throw inProgress(found.otherInProgress());
        }
        TrainingSession.requireOpen(found.sessionStatus());
        return found;
    }

    /** Before a session starts: no other session of the user may be in progress. */
    void requireNoOtherInProgress(TrainingSession session) {
        if (session.status() != SessionStatus.PENDING) {
            return;
        }
        sessions.findOtherWithStatus(session.userId(), SessionStatus.IN_PROGRESS, session.getId())
                .ifPresent(other -> {
                    throw inProgress(other);
                });
    }

    private static SetToLog setToLog(ResultSet rs, int rowNum) throws SQLException {
        SetState state = rs.getString("status") == null ? null
                : new SetState(rs.getObject("expected_reps", Integer.class), rs.getBigDecimal("expected_weight"),
                        rs.getObject("actual_reps", Integer.class), rs.getBigDecimal("actual_weight"),
                        rs.getObject("rir", Integer.class), SetStatus.valueOf(rs.getString("status")),
                        instant(rs, "completed_at"));
        return new SetToLog(rs.getLong("version"), SessionStatus.valueOf(rs.getString("session_status")),
                rs.getObject("other_in_progress", UUID.class), rs.getObject("set_id", UUID.class),
                rs.getObject("session_exercise_id", UUID.class), rs.getObject("exercise_id", UUID.class),
                rs.getObject("training_plan_exercise_id", UUID.class), rs.getInt("set_index"), state);
    }

    private static ConflictException inProgress(UUID other) {
        return new ConflictException("Session " + other + " is in progress; complete or cancel it first");
    }

    /** A set of a locked, open session as it stands before the change; the session's version and status too. */
    record SetToLog(long version, SessionStatus sessionStatus, UUID otherInProgress, UUID id, UUID sessionExerciseId,
            UUID exerciseId, UUID plannedExerciseId, int setIndex, SetState state) {

        SessionView.Set view(SetState changed) {
            return changed.view(id, sessionExerciseId, exerciseId, plannedExerciseId, setIndex);
        }
    }
}
