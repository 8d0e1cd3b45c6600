package dev.overload.identity.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a login "family": every refresh spends the token and issues the next one in the
 * same family, so presenting a spent token reveals a copy and revokes the family. Only a hash is stored.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken extends AuditedEntity {

    private UUID userId;
    private UUID familyId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID userId, UUID familyId, String tokenHash, Instant expiresAt) {
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isSpent() {
        return usedAt != null;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Spent less than {@code grace} ago. */
    boolean spentWithin(Duration grace, Instant now) {
        return usedAt != null && now.isBefore(usedAt.plus(grace));
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    UUID userId() {
        return userId;
    }

    UUID familyId() {
        return familyId;
    }
}
