package dev.overload.training.domain;

import java.util.UUID;

/** What a new session is made from: a plan day, or nothing (ad hoc), with optional descriptions. */
public record SessionStart(UUID trainingPlanId, UUID trainingPlanDayId, UUID scheduleId, String title,
        String comments, String mesocycleName, Integer sessionNumber) {
}
