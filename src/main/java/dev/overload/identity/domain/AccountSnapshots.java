package dev.overload.identity.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.overload.identity.AccountClosed;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What nearly every request needs to know of its caller: whether the account still exists (tokens are
 * stateless, so each request asks) and its weight unit. Kept briefly in memory to spare the database,
 * and forgotten here as soon as either changes (another instance notices within the cache time).
 */
@Component
public class AccountSnapshots {

    private final UserRepository users;
    private final Cache<UUID, AccountSnapshot> snapshots = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(100_000)
            .build();

    AccountSnapshots(UserRepository users) {
        this.users = users;
    }

    public boolean isActive(UUID userId) {
        return snapshot(userId).active();
    }

    @TransactionalEventListener
    void on(AccountClosed event) {
        snapshots.invalidate(event.userId());
    }

    @TransactionalEventListener
    void on(PreferencesChanged event) {
        snapshots.invalidate(event.userId());
    }

    public AccountSnapshot snapshot(UUID userId) {
        return snapshots.get(userId, id -> users.snapshot(id).orElse(AccountSnapshot.MISSING));
    }
}
