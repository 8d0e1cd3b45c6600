package dev.overload.planning;

import java.util.List;
import java.util.UUID;

/** What training sessions need from plans: the day to train, and progression once a session is complete. */
public interface SessionPlanning {

    /** The user's plan day (404 when it is not theirs). */
    PlannedDay plannedDay(UUID userId, UUID planId, UUID dayId);

    /**
     * Applies the outcomes of one completed session to the plan's progression rules and target weights.
     * The caller makes sure this happens once per session. A plan that is gone changes nothing.
     */
    List<ProgressionApplied> applyProgression(UUID userId, UUID planId, List<SessionOutcome> outcomes);
}
