package dev.overload.training.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.training.TrainingSessions;
import dev.overload.training.SessionStatus;
import dev.overload.shared.DateRange;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class TrainingSessionsService implements TrainingSessions {

    private final JdbcClient jdbc;
    private final PerformedQueries performed;

    TrainingSessionsService(JdbcClient jdbc, PerformedQueries performed) {
        this.jdbc = jdbc;
        this.performed = performed;
    }

    @Override
    public List<PerformedSession> performed(UUID userId, DateRange range, ZoneId zone) {
        return performed.performed(userId, range, zone);
    }

    @Override
    public List<ExerciseSet> exerciseSets(UUID userId, UUID exerciseId, DateRange range, ZoneId zone) {
        return performed.exerciseSets(userId, exerciseId, range, zone);
    }

    @Override
    public Optional<UUID> lastTrainedDay(UUID userId, UUID planId) {
        return jdbc.sql("""
                select training_plan_day_id from training_sessions
                where user_id = :user and training_plan_id = :plan and status = 'COMPLETED'
                  and training_plan_day_id is not null
                order by session_date desc limit 1""")
                .param("user", userId).param("plan", planId).query(UUID.class).optional();
    }

    @Override
    public List<LinkedSession> linkedTo(Collection<UUID> scheduleIds, Instant from, Instant to) {
        if (scheduleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, schedule_id, scheduled_start, status from training_sessions
                where schedule_id = any(:schedules) and scheduled_start >= :from and scheduled_start < :to""")
                .param("schedules", scheduleIds.toArray(UUID[]::new))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, rowNum) -> new LinkedSession(rs.getObject("id", UUID.class),
                        rs.getObject("schedule_id", UUID.class), instant(rs, "scheduled_start"),
                        SessionStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
