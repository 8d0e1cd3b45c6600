package dev.overload.identity;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** What scheduling needs of a user: the time zone their week runs in, and where reminders go. */
public interface SchedulingPreferences {

    ZoneId timeZone(UUID userId);

    /** Empty for a deleted account: it gets no reminders at all. */
    Optional<ReminderRecipient> reminderRecipient(UUID userId);

    /** {@code email} is null when the user has none or turned email reminders off. */
    record ReminderRecipient(ZoneId timeZone, String email) {
    }
}
