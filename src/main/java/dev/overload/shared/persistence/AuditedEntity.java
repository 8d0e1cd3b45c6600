package dev.overload.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Identity, timestamps and optimistic locking for every entity: a time-ordered (v7) UUID assigned when the
 * object is made, so children can refer to a parent before it is saved; created/updated times from the
 * application clock, so tests control them. A null version marks an entity not yet saved.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Id
    private UUID id = UuidVersion7Strategy.INSTANCE.generateUuid(null);

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    /** Goes up with every change written; null until the entity is first saved. */
    public Long getVersion() {
        return version;
    }

    /** True until the entity is first saved. */
    public boolean isNew() {
        return version == null;
    }

    public UUID getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
