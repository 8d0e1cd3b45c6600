package dev.overload.training.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.training.TrainingSessions;
import dev.overload.training.SessionStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class TrainingSessionsService implements TrainingSessions {

    private final JdbcClient jdbc;

    TrainingSessionsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
