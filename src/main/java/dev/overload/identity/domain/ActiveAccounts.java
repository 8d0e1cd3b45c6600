package dev.overload.identity.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.overload.identity.AccountDeleted;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether an access token's subject may still act. Tokens are stateless, so every request asks; answers
 * are cached briefly to keep that off the database, and forgotten as soon as an account is deleted here
 * (another instance notices within the cache time).
 */
@Component
public class ActiveAccounts {

    private final UserRepository users;
    private final Cache<UUID, Boolean> active = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(100_000)
            .build();

    ActiveAccounts(UserRepository users) {
        this.users = users;
    }

    public boolean isActive(UUID userId) {
        return active.get(userId, users::isActive);
    }

    @TransactionalEventListener
    void on(AccountDeleted event) {
        active.invalidate(event.userId());
    }
}
