package dev.overload.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Training sessions as other modules see them. */
public interface TrainingSessions {

    /** The sessions that perform occurrences of these schedules, whose occurrence starts in [from, to). */
    List<LinkedSession> linkedTo(Collection<UUID> scheduleIds, Instant from, Instant to);

    /** The day of the plan the user trained last (in their last completed session of it), if any. */
    Optional<UUID> lastTrainedDay(UUID userId, UUID planId);

    /**
     * The sessions that train these plans (of any day), per plan, newest first; cancelled ones are left out. One
     * statement for all the plans.
     */
    Map<UUID, List<PlanSession>> ofPlans(Collection<UUID> planIds);

    /** The plans among {@code planIds} that a completed session trained. */
    Set<UUID> completedPlans(Collection<UUID> planIds);

    /** Each user's latest completed session, for the users who have one. */
    Map<UUID, Instant> lastCompleted(Collection<UUID> userIds);

    /** A session that trains a plan: when it took place (or was started) and how far it got. */
    record PlanSession(UUID sessionId, UUID planId, Instant sessionDate, SessionStatus status) {
    }

    record LinkedSession(UUID sessionId, UUID scheduleId, Instant occurrenceStart, SessionStatus status) {
    }
}
