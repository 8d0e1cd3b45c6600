package dev.overload.planning.domain;

import dev.overload.planning.DeloadStrategy;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** How one exercise of one plan progresses: the increment on success and when and how to deload. */
@Entity
@Table(name = "training_plan_exercise_progressions")
class ProgressionRule extends AuditedEntity {

    static final BigDecimal DEFAULT_INCREMENT_KG = new BigDecimal("2.5");
    static final int DEFAULT_FAILURES_FOR_DELOAD = 3;
    static final BigDecimal DEFAULT_DELOAD_PERCENTAGE = BigDecimal.TEN;

    private UUID userId;
    private UUID trainingPlanId;
    private UUID exerciseId;
    private BigDecimal weightIncrement = DEFAULT_INCREMENT_KG;
    private int failureCountForDeload = DEFAULT_FAILURES_FOR_DELOAD;
    private BigDecimal deloadPercentage = DEFAULT_DELOAD_PERCENTAGE;
    @Enumerated(EnumType.STRING)
    private DeloadStrategy deloadStrategy = DeloadStrategy.PROPORTIONAL;
    private Integer referenceSetIndex;
    private int consecutiveFailures;
    private Instant lastUpdated;

    protected ProgressionRule() {
    }

    ProgressionRule(UUID userId, UUID trainingPlanId, UUID exerciseId, Instant now) {
        this.userId = userId;
        this.trainingPlanId = trainingPlanId;
        this.exerciseId = exerciseId;
        this.lastUpdated = now;
    }

    /** Null settings keep their value (their default, for a new rule); the failure count is the server's own. */
    void configure(ProgressionSettings settings, Instant now) {
        weightIncrement = settings.weightIncrementKg() != null ? settings.weightIncrementKg() : weightIncrement;
        failureCountForDeload = settings.failureCountForDeload() != null
                ? settings.failureCountForDeload() : failureCountForDeload;
        deloadPercentage = settings.deloadPercentage() != null ? settings.deloadPercentage() : deloadPercentage;
        deloadStrategy = settings.deloadStrategy() != null ? settings.deloadStrategy() : deloadStrategy;
        referenceSetIndex = settings.referenceSetIndex() != null ? settings.referenceSetIndex() : referenceSetIndex;
        lastUpdated = now;
    }

    ProgressionView view() {
        return new ProgressionView(getId(), trainingPlanId, exerciseId, weightIncrement, failureCountForDeload,
                deloadPercentage, deloadStrategy, referenceSetIndex, consecutiveFailures, lastUpdated);
    }

    ProgressionEngine.Rule rule() {
        return new ProgressionEngine.Rule(weightIncrement, failureCountForDeload, deloadPercentage, deloadStrategy,
                referenceSetIndex);
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    UUID exerciseId() {
        return exerciseId;
    }

    DeloadStrategy deloadStrategy() {
        return deloadStrategy;
    }

    Integer referenceSetIndex() {
        return referenceSetIndex;
    }
}
