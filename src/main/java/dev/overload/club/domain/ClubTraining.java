package dev.overload.club.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A club training of a client. What is trained is an Overload plan of the client with one day (its name is
 * the training's title, its exercises the training's exercises); a dated training is also placed in the
 * client's calendar by a schedule. This row keeps what only the club says: type, intensity, duration, date.
 */
@Entity
@Table(name = "club_trainings")
class ClubTraining extends AuditedEntity {

    static final int DEFAULT_DURATION_MIN = 45;

    private UUID userId;
    private UUID clientId;
    private UUID planId;
    private UUID dayId;
    private UUID scheduleId;
    private String trainingType;
    @Enumerated(EnumType.STRING)
    private Intensity intensity;
    private int durationMin = DEFAULT_DURATION_MIN;
    @Column(name = "date")
    private LocalDate date;
    private String description;
    private UUID createdBy;

    protected ClubTraining() {
    }

    ClubTraining(UUID userId, UUID clientId, UUID planId, UUID dayId, UUID createdBy) {
        this.userId = userId;
        this.clientId = clientId;
        this.planId = planId;
        this.dayId = dayId;
        this.createdBy = createdBy;
    }

    /** Null fields keep their value, except that {@code clearDate} takes the date away. */
    void describe(String newType, Intensity newIntensity, Integer newDuration, LocalDate newDate, boolean clearDate,
            String newDescription) {
        trainingType = newType != null ? newType : trainingType;
        intensity = newIntensity != null ? newIntensity : intensity;
        durationMin = newDuration != null ? newDuration : durationMin;
        date = clearDate ? null : newDate != null ? newDate : date;
        description = newDescription != null ? newDescription : description;
    }

    void placed(UUID newScheduleId) {
        scheduleId = newScheduleId;
    }

    UUID userId() {
        return userId;
    }

    UUID clientId() {
        return clientId;
    }

    UUID planId() {
        return planId;
    }

    UUID dayId() {
        return dayId;
    }

    UUID scheduleId() {
        return scheduleId;
    }

    LocalDate date() {
        return date;
    }

    int durationMin() {
        return durationMin;
    }
}
