package dev.overload.notifications;

import java.time.Instant;
import java.util.UUID;

/** An in-app notification; a workout reminder names its schedule and occurrence. */
public record Notification(UUID id, String kind, String title, String body, UUID scheduleId,
        Instant occurrenceStart, Instant createdAt, Instant readAt) {
}
