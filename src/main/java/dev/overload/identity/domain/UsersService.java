package dev.overload.identity.domain;

import dev.overload.identity.Role;
import dev.overload.identity.UserCard;
import dev.overload.identity.Users;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.units.WeightUnit;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UsersService implements Users {

    private final UserRepository users;
    private final Invitations invitations;

    UsersService(UserRepository users, Invitations invitations) {
        this.users = users;
        this.invitations = invitations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Role> role(UUID userId) {
        return users.findById(userId).filter(user -> !user.isDeleted()).map(User::getRole);
    }

    @Override
    public UUID invite(String email, String firstName, String lastName) {
        return invitations.invite(email, firstName, lastName);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, UserCard> cards(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(userIds).stream().map(UsersService::card)
                .collect(Collectors.toMap(UserCard::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Contact> contacts(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(userIds).stream().filter(user -> !user.isDeleted())
                .collect(Collectors.toMap(User::getId,
                        user -> new Contact(user.getEmail(), user.getTimeZone(), user.getEmailReminders())));
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId timeZone(UUID userId) {
        return found(userId).getTimeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public WeightUnit weightUnit(UUID userId) {
        return found(userId).getWeightUnit();
    }

    @Override
    @Transactional(readOnly = true)
    public Profile profile(UUID userId) {
        return profile(active(userId));
    }

    /** Flushed at once, so the profile answered carries the new update time. */
    @Override
    @Transactional
    public Profile changeFirstName(UUID userId, String firstName) {
        User user = active(userId);
        user.rename(firstName, user.getLastName());
        return profile(users.saveAndFlush(user));
    }

    @Override
    @Transactional
    public boolean spendAiSuggestion(UUID userId) {
        return users.spendAiSuggestion(userId) == 1;
    }

    private static Profile profile(User user) {
        return new Profile(user.getId(), user.getFirstName(), user.getAiSuggestionsRemaining(), user.getCreatedAt(),
                user.getUpdatedAt());
    }

    private User active(UUID userId) {
        return users.findById(userId).filter(user -> !user.isDeleted())
                .orElseThrow(() -> new NotFoundException("User"));
    }

    private User found(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User"));
    }

    private static UserCard card(User user) {
        String fullName = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new UserCard(user.getId(), user.getUsername(), fullName.isEmpty() ? user.getUsername() : fullName,
                user.getEmail());
    }
}
