package dev.overload.identity.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.overload.identity.AccountDeleted;
import dev.overload.identity.UnitPreferences;
import dev.overload.identity.WeightUnit;
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
public class AccountSnapshots implements UnitPreferences {

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

    @Override
    public WeightUnit weightUnit(UUID userId) {
        return snapshot(userId).weightUnit();
    }

    @TransactionalEventListener
    void on(AccountDeleted event) {
        snapshots.invalidate(event.userId());
    }

    @TransactionalEventListener
    void on(PreferencesChanged event) {
        snapshots.invalidate(event.userId());
    }

    private AccountSnapshot snapshot(UUID userId) {
        return snapshots.get(userId, id -> users.snapshot(id).orElse(AccountSnapshot.MISSING));
    }
}
