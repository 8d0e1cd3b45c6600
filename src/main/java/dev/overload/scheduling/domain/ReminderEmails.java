package dev.overload.scheduling.domain;

import dev.overload.identity.Users;
import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.Notifications;
import dev.overload.notifications.OutgoingMail;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A workout reminder's email, written when it is sent from the reminder's notification: none when the
 * notification is gone or the user has no address or no longer wants reminders by email.
 */
@Component
public class ReminderEmails implements EmailComposer {

    public static final String KIND = "reminder";

    private final Notifications notifications;
    private final Users users;

    ReminderEmails(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID notificationId) {
        return notifications.find(notificationId).flatMap(found -> users.contact(found.userId())
                .map(Reminders::reminderAddress)
                .map(address -> new OutgoingMail(address, found.notification().title(),
                        found.notification().body())));
    }
}
