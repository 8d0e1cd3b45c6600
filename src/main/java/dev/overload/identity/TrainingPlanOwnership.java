package dev.overload.identity;

import java.util.UUID;

/**
 * Answers whether a training plan belongs to a user, so a profile's active plan can only be one of the
 * user's own. Implemented by the module that owns plans; while none is present, no plan id is accepted.
 */
public interface TrainingPlanOwnership {

    boolean isOwnedBy(UUID planId, UUID userId);
}
