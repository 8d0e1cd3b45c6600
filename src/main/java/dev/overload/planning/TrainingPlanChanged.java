package dev.overload.planning;

import java.util.UUID;

/**
 * Something of a plan changed (its fields, days, exercises, sets or target weights) or the plan was deleted,
 * in a transaction that committed. Published once per transaction that took the plan's lock to change it.
 */
public record TrainingPlanChanged(UUID planId, UUID userId) {
}
