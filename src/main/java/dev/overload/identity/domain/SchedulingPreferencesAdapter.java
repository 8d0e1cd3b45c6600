package dev.overload.identity.domain;

import dev.overload.identity.SchedulingPreferences;
import dev.overload.shared.NotFoundException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
    public Map<UUID, ReminderRecipient> reminderRecipients(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(userIds).stream().filter(user -> !user.isDeleted())
                .collect(Collectors.toMap(User::getId, user -> new ReminderRecipient(user.getTimeZone(),
                        user.getEmailReminders() ? user.getEmail() : null)));
    }
}
