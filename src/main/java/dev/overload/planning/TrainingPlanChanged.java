package dev.overload.planning;

import java.util.UUID;

/**
 * Something of a plan changed (its fields, days, exercises or sets) or the plan was deleted, in a transaction that
 * committed. Published once per transaction that took the plan's lock to change it, except for the target weights
 * progression sets when a session is completed: no other module keeps them.
 */
public record TrainingPlanChanged(UUID planId, UUID userId) {
}
