package dev.overload.notifications;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification; a workout reminder names its schedule and occurrence. */
public record Notification(UUID id, String kind, String title, String body, @Nullable UUID scheduleId,
        @Nullable Instant occurrenceStart, Instant createdAt, @Nullable Instant readAt) {
}
