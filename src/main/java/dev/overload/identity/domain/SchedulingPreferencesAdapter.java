package dev.overload.identity.domain;

import dev.overload.identity.SchedulingPreferences;
import dev.overload.shared.NotFoundException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class SchedulingPreferencesAdapter implements SchedulingPreferences {

    private final UserRepository users;

    SchedulingPreferencesAdapter(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId timeZone(UUID userId) {
        return users.findById(userId).map(User::getTimeZone).orElseThrow(() -> new NotFoundException("User"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReminderRecipient> reminderRecipient(UUID userId) {
        return users.findById(userId).filter(user -> !user.isDeleted())
                .map(user -> new ReminderRecipient(user.getTimeZone(),
                        user.getEmailReminders() ? user.getEmail() : null));
    }
}
