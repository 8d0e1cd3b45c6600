package dev.overload.identity.domain;

import dev.overload.shared.persistence.AuditedEntity;
import dev.overload.shared.security.SecretTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use, short-lived permission to set a new password, sent by email; only a hash is stored. It is
 * requested first and its token made when the email is written (made again if the email is retried).
 */
@Entity
@Table(name = "password_reset_tokens")
class PasswordResetToken extends AuditedEntity {

    private UUID userId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordResetToken() {
    }

    PasswordResetToken(UUID userId, Instant expiresAt) {
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return tokenHash != null && usedAt == null && now.isBefore(expiresAt);
    }

    /** A new token, replacing any made before (an email that failed to send); null once unusable. */
    String issue(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            return null;
        }
        String token = SecretTokens.generate();
        tokenHash = SecretTokens.hash(token);
        return token;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    UUID userId() {
        return userId;
    }
}
