package dev.overload.training.domain;

import dev.overload.shared.persistence.AuditedEntity;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.ordering.Positions;
import dev.overload.training.SessionStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A workout as performed: PENDING when made, IN_PROGRESS from the first logged set, then COMPLETED (once,
 * with progression) or CANCELLED. A finished session's sets no longer change.
 */
@Entity
@Table(name = "training_sessions")
class TrainingSession extends AuditedEntity {

    static final int MAX_EXERCISES = 40;

    private UUID userId;
    private UUID trainingPlanId;
    private UUID trainingPlanDayId;
    private UUID scheduleId;
    private Instant scheduledStart;
    private String title;
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.PENDING;
    private Instant sessionDate;
    private Instant startedAt;
    private Instant endedAt;
    private Integer durationMinutes;
    private String comments;
    private String mesocycleName;
    private Integer sessionNumber;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("orderIndex")
    private List<SessionExercise> exercises = new ArrayList<>();

    protected TrainingSession() {
    }

    TrainingSession(UUID userId, UUID trainingPlanId, UUID trainingPlanDayId, String title, Instant sessionDate) {
        this.userId = userId;
        this.trainingPlanId = trainingPlanId;
        this.trainingPlanDayId = trainingPlanDayId;
        this.title = title;
        this.sessionDate = sessionDate;
    }

    /** The session's exercise for this plan slot or catalog exercise, added at the end when missing. */
    SessionExercise exerciseFor(UUID exerciseId, UUID plannedExerciseId) {
        Optional<SessionExercise> existing = exercises.stream()
                .filter(exercise -> plannedExerciseId != null
                        ? plannedExerciseId.equals(exercise.plannedExerciseId())
                        : exercise.plannedExerciseId() == null && exercise.exerciseId().equals(exerciseId))
                .findFirst();
        return existing.orElseGet(() -> {
            SessionExercise exercise = new SessionExercise(this, exerciseId, plannedExerciseId);
            Positions.insert(exercises, exercise, null, "exercise_id", MAX_EXERCISES,
                    "A session has at most " + MAX_EXERCISES + " exercises");
            return exercise;
        });
    }

    Optional<SessionSet> set(UUID setId) {
        return exercises.stream().flatMap(exercise -> exercise.sets().stream())
                .filter(set -> set.getId().equals(setId)).findFirst();
    }

    /** Logging a set starts the session (unless it was given a start); nothing may be logged once it is over. */
    void logged(Instant now) {
        requireOpen();
        if (status == SessionStatus.PENDING) {
            status = SessionStatus.IN_PROGRESS;
            startedAt = startedAt != null ? startedAt : now;
        }
    }

    /** When the session took place, for one logged after the fact. */
    void tookPlace(SessionTimes times) {
        sessionDate = times.sessionDate();
        startedAt = times.startedAt();
        endedAt = times.endedAt();
    }

    void requireOpen() {
        requireOpen(status);
    }

    /** A finished session's sets no longer change. */
    static void requireOpen(SessionStatus status) {
        if (status == SessionStatus.COMPLETED || status == SessionStatus.CANCELLED) {
            throw new ConflictException("The session is " + status.name().toLowerCase() + "; its sets cannot change");
        }
    }

    void complete(Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw new ConflictException("A cancelled session cannot be completed");
        }
        status = SessionStatus.COMPLETED;
        endedAt = endedAt != null ? endedAt : now;
        startedAt = startedAt != null ? startedAt : endedAt;
        durationMinutes = (int) Duration.between(startedAt, endedAt).toMinutes();
    }

    /** Cancelling and reopening a cancelled session; completion goes through {@link #complete}. */
    void changeStatus(SessionStatus wanted, Instant now) {
        if (wanted == null || wanted == status) {
            return;
        }
        if (status == SessionStatus.COMPLETED) {
            throw new ConflictException("A completed session keeps its status");
        }
        switch (wanted) {
            case CANCELLED -> {
                status = SessionStatus.CANCELLED;
                endedAt = now;
            }
            case PENDING -> {
                if (status != SessionStatus.CANCELLED) {
                    throw new ConflictException("Only a cancelled session can be pending again");
                }
                status = SessionStatus.PENDING;
                startedAt = null;
                endedAt = null;
            }
            case IN_PROGRESS -> logged(now);
            case COMPLETED -> throw new ConflictException(
                    "Complete a session with POST /api/training-sessions/{id}/complete");
        }
    }

    void describe(String newTitle, String newComments, String newMesocycleName, Integer newSessionNumber) {
        title = newTitle != null ? newTitle : title;
        comments = newComments != null ? newComments : comments;
        mesocycleName = newMesocycleName != null ? newMesocycleName : mesocycleName;
        sessionNumber = newSessionNumber != null ? newSessionNumber : sessionNumber;
    }

    /** Ties the session to the occurrence of a schedule that it performs. */
    void perform(UUID schedule, Instant occurrenceStart) {
        scheduleId = schedule;
        scheduledStart = occurrenceStart;
    }

    /** The session as it stands in memory, for answering without reading it back. */
    SessionView view(Map<UUID, String> exerciseNames) {
        return new SessionView(new SessionView.Summary(getId(), trainingPlanId, trainingPlanDayId, userId, scheduleId,
                scheduledStart, title, sessionDate, status, startedAt, endedAt, durationMinutes, comments,
                mesocycleName, sessionNumber, getVersion() == null ? 0 : getVersion()),
                exercises.stream().map(exercise -> exercise.view(exerciseNames)).toList(),
                exercises.stream().flatMap(exercise -> exercise.sets().stream()).map(SessionSet::view).toList(),
                List.of(), List.of());
    }

    List<SessionExercise> exercises() {
        return exercises;
    }

    UUID userId() {
        return userId;
    }

    UUID trainingPlanId() {
        return trainingPlanId;
    }

    SessionStatus status() {
        return status;
    }

    Instant endedAt() {
        return endedAt;
    }
}
