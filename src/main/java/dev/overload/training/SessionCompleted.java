package dev.overload.training;

import java.time.Instant;
import java.util.UUID;

/**
 * A training session was completed: published once per session, by the transaction that completed it
 * (its progression, records and exercise usage are committed with it).
 *
 * @param trainingPlanId the plan the session trained, or null for an ad-hoc session
 */
public record SessionCompleted(UUID sessionId, UUID userId, UUID trainingPlanId, Instant completedAt) {
}
