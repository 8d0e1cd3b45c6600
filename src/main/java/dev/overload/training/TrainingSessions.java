package dev.overload.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Training sessions as other modules see them. */
public interface TrainingSessions {

    /** The sessions that perform occurrences of these schedules, whose occurrence starts in [from, to). */
    List<LinkedSession> linkedTo(Collection<UUID> scheduleIds, Instant from, Instant to);

    /** The day of the plan the user trained last (in their last completed session of it), if any. */
    Optional<UUID> lastTrainedDay(UUID userId, UUID planId);

    record LinkedSession(UUID sessionId, UUID scheduleId, Instant occurrenceStart, SessionStatus status) {
    }
}
