package dev.overload.planning.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "training_plan_comments")
class PlanComment extends AuditedEntity {

    private UUID userId;
    private UUID trainingPlanId;
    private String body;

    protected PlanComment() {
    }

    PlanComment(UUID authorId, UUID trainingPlanId, String body) {
        this.userId = authorId;
        this.trainingPlanId = trainingPlanId;
        this.body = body;
    }

    UUID authorId() {
        return userId;
    }

    UUID trainingPlanId() {
        return trainingPlanId;
    }

    String body() {
        return body;
    }
}
