package dev.overload.identity.domain;

import dev.overload.identity.UserCard;
import dev.overload.identity.UserDirectory;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class UserDirectoryAdapter implements UserDirectory {

    private final UserRepository users;

    UserDirectoryAdapter(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, UserCard> cards(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(userIds).stream()
                .map(UserDirectoryAdapter::card)
                .collect(Collectors.toMap(UserCard::id, Function.identity()));
    }

    private static UserCard card(User user) {
        String fullName = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new UserCard(user.getId(), user.getUsername(), fullName.isEmpty() ? user.getUsername() : fullName,
                user.getEmail());
    }
}
