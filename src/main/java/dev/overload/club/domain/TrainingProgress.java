package dev.overload.club.domain;

import dev.overload.training.SessionStatus;
import dev.overload.training.TrainingSessions.PlanSession;
import java.time.LocalDate;
import java.util.List;

/**
 * Planned against done, as the trainer sees a training: DONE once a session of it was completed, STARTED while
 * one is under way, MISSED when its date has passed without either, PLANNED otherwise.
 */
public enum TrainingProgress {
    PLANNED,
    STARTED,
    DONE,
    MISSED;

    static TrainingProgress of(List<PlanSession> sessions, LocalDate date, LocalDate today) {
        if (sessions.stream().anyMatch(session -> session.status() == SessionStatus.COMPLETED)) {
            return DONE;
        }
        if (!sessions.isEmpty()) {
            return STARTED;
        }
        return date != null && date.isBefore(today) ? MISSED : PLANNED;
    }
}
