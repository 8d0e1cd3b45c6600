package dev.overload.identity.domain;

import dev.overload.shared.security.RateLimit;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of accounts and tokens; defaults and the environment variables that set them are in
 * {@code application.properties}.
 *
 * @param issuer {@code iss} of access tokens, checked on every request
 * @param audience {@code aud} of access tokens, checked on every request
 * @param refreshReuseGrace how long after a refresh token was spent it may be presented again (by a client
 *        that sent it twice at once) without being taken for a stolen copy
 * @param signingKey PKCS#8 PEM RSA private key; blank means one is generated into the data directory
 * @param passwordHashing the cost of Argon2id password hashes
 * @param initialAiSuggestions AI plan suggestions a new account may ask for
 * @param aiSuggestionRefill the periodic top-up of every account's AI suggestions
 * @param telegramBotToken enables Telegram login when set
 * @param telegramMaxAuthAge how old a Telegram login widget answer may be
 */
@ConfigurationProperties("overload.identity")
public record IdentityProperties(
        String issuer,
        String audience,
        String signingKey,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration refreshReuseGrace,
        Duration passwordResetTtl,
        PasswordHashing passwordHashing,
        int initialAiSuggestions,
        AiSuggestionRefill aiSuggestionRefill,
        String telegramBotToken,
        Duration telegramMaxAuthAge,
        BootstrapAdmin bootstrapAdmin,
        RateLimits rateLimits) {

    /**
     * On {@code cron} (UTC), every open account with fewer than {@code upTo} AI suggestions gets {@code upTo}
     * (those with more keep theirs); 0 turns the refill off.
     */
    public record AiSuggestionRefill(int upTo, String cron) {
    }

    /** Argon2id memory (KiB) and passes; the defaults are OWASP's minimum recommendation (19 MiB, 2). */
    public record PasswordHashing(int memoryKib, int iterations) {
    }

    /** The administrator created at start-up when absent, so a new installation can be administered. */
    public record BootstrapAdmin(String username, String email, String password) {

        boolean isConfigured() {
            return username != null && !username.isBlank();
        }
    }

    /**
     * Per client IP and per account. Login counts every attempt per IP; failures per login name and client (so
     * strangers elsewhere cannot lock the owner out), and, much higher, per login name from anywhere (against
     * guessing spread over many addresses). Wrong current passwords count the same way per account.
     */
    public record RateLimits(
            RateLimit loginPerIp,
            RateLimit loginFailuresPerClient,
            RateLimit loginFailuresPerAccount,
            RateLimit registerPerIp,
            RateLimit registerPerAccount,
            RateLimit passwordResetPerIp,
            RateLimit passwordResetPerAccount) {
    }
}
