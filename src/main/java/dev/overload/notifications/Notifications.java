package dev.overload.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** In-app notifications: what a user finds in the app, newest first, until they read it. */
public interface Notifications {

    /**
     * Records a workout reminder for one occurrence of a schedule, unless it was recorded before: each
     * occurrence is reminded of once, whichever instance and however often this runs. Empty when it existed.
     */
    Optional<UUID> remind(UUID userId, UUID scheduleId, Instant occurrenceStart, String title, String body);

    /**
     * Records a notification of {@code kind} for the user (a finished job: {@code JOB_FINISHED}); the kind must
     * be one the notifications table allows. Returns its id.
     */
    UUID post(UUID userId, String kind, String title, String body);

    /** The notification and its owner. */
    Optional<Addressed> find(UUID notificationId);

    record Addressed(UUID userId, Notification notification) {
    }
}
