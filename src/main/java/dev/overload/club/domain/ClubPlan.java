package dev.overload.club.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A club training plan: a client's trainings grouped under a title, with a status (seed 002). */
@Entity
@Table(name = "club_training_plans")
class ClubPlan extends AuditedEntity {

    private UUID userId;
    private UUID clientId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ClubPlanStatus status = ClubPlanStatus.ACTIVE;

    protected ClubPlan() {
    }

    ClubPlan(UUID userId, UUID clientId) {
        this.userId = userId;
        this.clientId = clientId;
    }

    /** Null fields keep their value. */
    void describe(String newTitle, String newDescription, ClubPlanStatus newStatus) {
        title = newTitle != null ? newTitle : title;
        description = newDescription != null ? newDescription : description;
        status = newStatus != null ? newStatus : status;
    }

    UUID clientId() {
        return clientId;
    }
}
