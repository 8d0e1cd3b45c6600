package dev.overload.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Training sessions as other modules see them. */
public interface TrainingSessions {

    /** The sessions that perform occurrences of these schedules, whose occurrence starts in [from, to). */
    List<LinkedSession> linkedTo(Collection<UUID> scheduleIds, Instant from, Instant to);

    record LinkedSession(UUID sessionId, UUID scheduleId, Instant occurrenceStart, SessionStatus status) {
    }
}
