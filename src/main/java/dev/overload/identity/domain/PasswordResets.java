package dev.overload.identity.domain;

import dev.overload.shared.security.SecretTokens;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.OutgoingMail;
import dev.overload.shared.security.RateLimiter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten passwords: a single-use token, valid for a limited time, sent to the account's email. Asking
 * looks the same whether or not the email belongs to an account. Asking only queues the email; the token is
 * made when the email is written, so no usable token is ever stored or queued in clear.
 */
@Service
public class PasswordResets implements EmailComposer {

    public static final String EMAIL_KIND = "password-reset";

    private static final String INVALID_TOKEN = "is invalid, expired or already used";

    private final UserRepository users;
    private final PasswordResetTokenRepository resetTokens;
    private final PasswordTokenEmails tokenEmails;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;
    private final IdentityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;

    PasswordResets(UserRepository users, PasswordResetTokenRepository resetTokens, PasswordTokenEmails tokenEmails,
            RefreshTokenRepository refreshTokens, PasswordEncoder passwordEncoder, RateLimiter rateLimiter,
            IdentityProperties properties, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${overload.public-url}") String publicUrl) {
        this.users = users;
        this.resetTokens = resetTokens;
        this.tokenEmails = tokenEmails;
        this.refreshTokens = refreshTokens;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public void request(String email, String clientIp) {
        IdentityProperties.RateLimits limits = properties.rateLimits();
        rateLimiter.consume("reset-ip", limits.passwordResetPerIp(), clientIp);
        rateLimiter.consume("reset-account", limits.passwordResetPerAccount(), email.toLowerCase(Locale.ROOT));
        transaction.executeWithoutResult(status -> users.findByEmail(email)
                .filter(user -> !user.isDeleted())
                .ifPresent(user -> {
                    // A new request spends the tokens sent before it: only the newest works.
                    resetTokens.spendAllOf(user.getId(), clock.instant());
                    tokenEmails.queue(EMAIL_KIND, user.getId(), properties.passwordResetTtl());
                }));
    }

    @Override
    public String kind() {
        return EMAIL_KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID requestId) {
        return tokenEmails.compose(requestId, this::email);
    }

    /** Sets the new password, spends every other outstanding reset token and ends every login of the account. */
    @Transactional
    public void confirm(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken reset = resetTokens.findByTokenHash(SecretTokens.hash(token))
                .filter(candidate -> candidate.isUsable(now))
                .orElseThrow(() -> new InvalidFieldException("token", INVALID_TOKEN));
        User user = users.findById(reset.userId()).filter(candidate -> !candidate.isDeleted())
                .orElseThrow(() -> new InvalidFieldException("token", INVALID_TOKEN));
        if (resetTokens.spend(reset.getId(), now) == 0) {
            throw new InvalidFieldException("token", INVALID_TOKEN);
        }
        resetTokens.spendAllOf(user.getId(), now);
        users.endAccessTokens(user.getId());
        user.changePassword(passwordEncoder.encode(newPassword));
        refreshTokens.revokeAllOf(user.getId(), now);
    }

    private OutgoingMail email(User user, String token, PasswordResetToken reset) {
        long minutes = Math.max(1, Duration.between(clock.instant(), reset.expiresAt()).toMinutes());
        String text = """
                Someone, hopefully you, asked to reset the password of the Overload account "%s".

                Your reset token: %s

                It works once and expires in %d minutes. Choose a new password in the web app:

                  %s/reset-password?token=%s

                or send the token with your new password to the API:

                  POST %s/api/auth/password-reset/confirm
                  {"token": "%s", "new_password": "<your new password>"}

                If you did not ask for this, ignore this email: your password stays as it is.
                """.formatted(user.getUsername(), token, minutes, publicUrl,
                URLEncoder.encode(token, StandardCharsets.UTF_8), publicUrl, token);
        return new OutgoingMail(user.getEmail(), "Reset your Overload password", text);
    }
}
