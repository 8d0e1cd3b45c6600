package dev.overload.identity.web;

import dev.overload.identity.AccountViewPart;
import dev.overload.identity.domain.User;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** One's own account as answered: the account, its age today, and the parts other modules keep of it. */
@Component
class AccountViews {

    private final List<AccountViewPart> parts;
    private final Clock clock;

    AccountViews(List<AccountViewPart> parts, Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    UserResponse of(User user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        parts.forEach(part -> fields.putAll(part.of(user.getId())));
        return UserResponse.from(user, LocalDate.now(clock), fields);
    }
}
