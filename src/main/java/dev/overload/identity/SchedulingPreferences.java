package dev.overload.identity;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What scheduling needs of a user: the time zone their week runs in, and where reminders go. */
public interface SchedulingPreferences {

    ZoneId timeZone(UUID userId);

    /** Where each user's reminders go; a deleted account is left out: it gets no reminders at all. */
    Map<UUID, ReminderRecipient> reminderRecipients(Collection<UUID> userIds);

    /** {@code email} is null when the user has none or turned email reminders off. */
    record ReminderRecipient(ZoneId timeZone, String email) {
    }
}
