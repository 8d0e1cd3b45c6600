package dev.overload.identity.domain;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes refresh and password-reset tokens past their expiry (they can never be used again) and notices of
 * email changes older than a week (sent or given up on long before).
 */
@Component
public class ExpiredTokens {

    private static final Logger log = LoggerFactory.getLogger(ExpiredTokens.class);

    private final RefreshTokenRepository refreshTokens;
    private final PasswordResetTokenRepository resetTokens;
    private final EmailChangeNotices emailChanges;
    private final Clock clock;

    ExpiredTokens(RefreshTokenRepository refreshTokens, PasswordResetTokenRepository resetTokens,
            EmailChangeNotices emailChanges, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.resetTokens = resetTokens;
        this.emailChanges = emailChanges;
        this.clock = clock;
    }

    @Transactional
    public void purge() {
        int refresh = refreshTokens.deleteExpired(clock.instant());
        int reset = resetTokens.deleteExpired(clock.instant());
        emailChanges.purgeOlderThan(clock.instant().minus(java.time.Duration.ofDays(7)));
        if (refresh + reset > 0) {
            log.info("Purged {} expired refresh tokens and {} expired password-reset tokens", refresh, reset);
        }
    }
}
