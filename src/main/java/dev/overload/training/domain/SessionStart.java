package dev.overload.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a new session is made from: a plan day, or nothing (ad hoc), with optional descriptions, and when it
 * took place when it is logged after the fact.
 */
public record SessionStart(UUID trainingPlanId, UUID trainingPlanDayId, UUID scheduleId, String title,
        String comments, String mesocycleName, Integer sessionNumber, LocalDate sessionDate, Instant startedAt,
        Instant endedAt) {
}
