package dev.overload.club.domain;

import dev.overload.training.TrainingSessions.PlanSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A club training as read: the club's fields, the plan and day it is in Overload, the schedule that places
 * it when dated, how it went ({@code progress}) and the sessions that trained it, newest first; the exercises
 * only where one training is read.
 */
public record TrainingView(UUID id, UUID clientId, UUID userId, String trainingType, String title,
        @Nullable Intensity intensity, int durationMin, @Nullable LocalDate date, @Nullable String description,
        UUID planId, UUID dayId, @Nullable UUID scheduleId, TrainingProgress progress, List<PlanSession> sessions,
        @Nullable List<TrainingExercise> exercises, UUID createdBy, Instant createdAt, Instant updatedAt) {
}
