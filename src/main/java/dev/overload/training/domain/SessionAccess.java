package dev.overload.training.domain;

import dev.overload.shared.contract.ETags;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.training.SessionStatus;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads a caller's session for a change (locked), and keeps one session in progress per user. */
@Component
class SessionAccess {

    private final TrainingSessionRepository sessions;

    SessionAccess(TrainingSessionRepository sessions) {
        this.sessions = sessions;
    }

    TrainingSession forChange(UUID userId, UUID sessionId) {
        TrainingSession session = sessions.findOwnedForUpdate(sessionId, userId)
                .orElseThrow(() -> new NotFoundException("Training session"));
        // Locking raised the version: If-Match names the one before this change.
        ETags.requireMatch(session.getVersion() - 1);
        return session;
    }

    /** Before a session starts: no other session of the user may be in progress. */
    void requireNoOtherInProgress(TrainingSession session) {
        if (session.status() != SessionStatus.PENDING) {
            return;
        }
        sessions.findOtherWithStatus(session.userId(), SessionStatus.IN_PROGRESS, session.getId())
                .ifPresent(other -> {
                    throw new ConflictException("Session " + other + " is in progress; complete or cancel it first");
                });
    }
}
