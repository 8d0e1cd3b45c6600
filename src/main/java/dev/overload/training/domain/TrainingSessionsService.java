package dev.overload.training.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.training.TrainingSessions;
import dev.overload.training.SessionStatus;
import dev.overload.shared.DateRange;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dev.overload.shared.paging.SqlPages;
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

    @Override
    public Map<UUID, List<PlanSession>> ofPlans(Collection<UUID> planIds) {
        return SqlPages.byParent(jdbc, """
                select id, training_plan_id, session_date, status from training_sessions
                where training_plan_id = any(:parents) and status <> 'CANCELLED'
                order by training_plan_id, session_date desc, id desc""", planIds, "training_plan_id",
                (rs, n) -> new PlanSession(rs.getObject("id", UUID.class), rs.getObject("training_plan_id", UUID.class),
                        instant(rs, "session_date"), SessionStatus.valueOf(rs.getString("status"))));
    }

    @Override
    public Set<UUID> completedPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct training_plan_id from training_sessions
                where training_plan_id = any(:plans) and status = 'COMPLETED'""")
                .param("plans", planIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    @Override
    public Map<UUID, Instant> lastCompleted(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> last = new HashMap<>();
        jdbc.sql("""
                select user_id, max(session_date) from training_sessions
                where user_id = any(:users) and status = 'COMPLETED' group by user_id""")
                .param("users", userIds.toArray(UUID[]::new))
                .query(rs -> {
                    last.put(rs.getObject(1, UUID.class), instant(rs, 2));
                });
        return last;
    }
}
