package dev.overload.catalog.domain;

import dev.overload.catalog.ExerciseSummary;
import java.time.Instant;
import java.util.UUID;

/** An exercise with who made it and how the viewer has used it. */
public record ExerciseView(ExerciseSummary summary, UUID createdBy, Instant createdAt, Instant updatedAt,
        int usageCount, Instant lastUsedAt) {
}
