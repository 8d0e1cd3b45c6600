package dev.overload.identity.domain;

import dev.overload.shared.SecretTokens;
import dev.overload.shared.InvalidFieldException;
import dev.overload.shared.Mailer;
import dev.overload.shared.OutgoingMail;
import dev.overload.shared.RateLimiter;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten passwords: a single-use token, valid for a limited time, sent to the account's email. Asking
 * looks the same whether or not the email belongs to an account.
 */
@Service
public class PasswordResets {

    private static final String INVALID_TOKEN = "is invalid, expired or already used";

    private final UserRepository users;
    private final PasswordResetTokenRepository resetTokens;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;
    private final Mailer mailer;
    private final IdentityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;

    PasswordResets(UserRepository users, PasswordResetTokenRepository resetTokens,
            RefreshTokenRepository refreshTokens, PasswordEncoder passwordEncoder, RateLimiter rateLimiter,
            Mailer mailer, IdentityProperties properties, PlatformTransactionManager transactionManager,
            Clock clock, @Value("${overload.public-url}") String publicUrl) {
        this.users = users;
        this.resetTokens = resetTokens;
        this.refreshTokens = refreshTokens;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
        this.mailer = mailer;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The email is sent only after the token is committed, so the token in it always works. */
    public void request(String email, String clientIp) {
        IdentityProperties.RateLimits limits = properties.rateLimits();
        rateLimiter.consume("reset-ip", limits.passwordResetPerIp(), clientIp);
        rateLimiter.consume("reset-account", limits.passwordResetPerAccount(), email.toLowerCase(Locale.ROOT));
        OutgoingMail mail = transaction.execute(status -> users.findByEmail(email)
                .filter(user -> !user.isDeleted())
                .map(this::issueToken)
                .orElse(null));
        if (mail != null) {
            mailer.send(mail);
        }
    }

    /** Sets the new password and ends every login of the account. */
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
        user.changePassword(passwordEncoder.encode(newPassword));
        refreshTokens.revokeAllOf(user.getId(), now);
    }

    private OutgoingMail issueToken(User user) {
        String token = SecretTokens.generate();
        resetTokens.save(new PasswordResetToken(user.getId(), SecretTokens.hash(token),
                clock.instant().plus(properties.passwordResetTtl())));
        long minutes = properties.passwordResetTtl().toMinutes();
        String text = """
                Someone, hopefully you, asked to reset the password of the Overload account "%s".

                Your reset token: %s

                It works once and expires in %d minutes. Send it with your new password:

                  POST %s/api/auth/password-reset/confirm
                  {"token": "%s", "new_password": "<your new password>"}

                If you did not ask for this, ignore this email: your password stays as it is.
                """.formatted(user.getUsername(), token, minutes, publicUrl, token);
        return new OutgoingMail(user.getEmail(), "Reset your Overload password", text);
    }
}
