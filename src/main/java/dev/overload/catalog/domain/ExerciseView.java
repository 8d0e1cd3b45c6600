package dev.overload.catalog.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.catalog.ExerciseSummary;
import java.time.Instant;
import java.util.UUID;

/** An exercise with who made it and how the viewer has used it; its summary's fields beside them. */
public record ExerciseView(@JsonUnwrapped ExerciseSummary summary, UUID createdBy, Instant createdAt, Instant updatedAt,
        int usageCount, Instant lastUsedAt) {
}
