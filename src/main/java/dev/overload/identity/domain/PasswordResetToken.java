package dev.overload.identity.domain;

import dev.overload.shared.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use, short-lived permission to set a new password, sent by email; only a hash is stored. */
@Entity
@Table(name = "password_reset_tokens")
class PasswordResetToken extends AuditedEntity {

    private UUID userId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordResetToken() {
    }

    PasswordResetToken(UUID userId, String tokenHash, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    UUID userId() {
        return userId;
    }
}
