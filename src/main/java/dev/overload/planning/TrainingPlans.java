package dev.overload.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Training plans as other modules use them: a plan's tree and one day of it to train, whose plans they
 * are, their names, replacing a plan's whole content, progressing it after a session, and the plan a user
 * trains now. A plan that is not the user's is not found (404), as in the API.
 */
public interface TrainingPlans {

    /** The user's own plan or a public one, with its days, exercises and target sets. */
    PlanTree plan(UUID viewerId, UUID planId);

    /** The user's plan day as a session starts from it. */
    PlannedDay plannedDay(UUID userId, UUID planId, UUID dayId);

    /** The name of the user's own plan. */
    String ownPlanName(UUID userId, UUID planId);

    /** The names of the plans and days among {@code ids}, whoever owns them; unknown ids are left out. */
    Map<UUID, String> names(Collection<UUID> ids);

    /** Makes the user's plan exactly {@code target}, in one transaction (seed 004's composite update). */
    void replace(UUID userId, UUID planId, CompositePlan target);

    /**
     * Like {@link #replace}, only if the plan is still at {@code expectedVersion} ({@link PlanTree#version()}),
     * checked under the plan's lock; a plan changed since is a conflict (409).
     */
    void replaceIfUnchanged(UUID userId, UUID planId, CompositePlan target, long expectedVersion);

    /**
     * Applies the outcomes of one completed session to the plan's progression rules and target weights.
     * The caller makes sure this happens once per session. A plan that is gone changes nothing.
     */
    List<ProgressionApplied> applyProgression(UUID userId, UUID planId, List<SessionOutcome> outcomes);

    /** The plan the user trains now, if they chose one. */
    Optional<UUID> activePlan(UUID userId);
}
