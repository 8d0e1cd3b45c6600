package dev.overload.catalog.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.shared.contract.ETags;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exercise with who made it and how the viewer has used it; its summary's fields beside them. Its version is
 * not shown in the body: it is in the ETag.
 */
public record ExerciseView(@JsonUnwrapped ExerciseSummary summary, @Nullable UUID createdBy, Instant createdAt,
        Instant updatedAt, int usageCount, @Nullable Instant lastUsedAt, @JsonIgnore long version) {

    /** The entity tag of this view: the exercise's version, and the viewer's usage shown with it. */
    public String etag() {
        return ETags.of(version, "u" + usageCount);
    }
}
