package dev.overload.training.domain;

import dev.overload.training.RecordType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/** Finds and stores the personal records a completed session set: one read of the bests, one batch insert. */
@Component
class PersonalRecords {

    private final NamedParameterJdbcTemplate jdbc;

    PersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(TrainingSession session, Instant achievedAt) {
        Map<UUID, List<PersonalRecordRules.Performed>> performed = new HashMap<>();
        for (SessionExercise exercise : session.exercises()) {
            exercise.sets().stream().map(set -> set.state().performed(set.getId())).flatMap(Optional::stream)
                    .forEach(set -> performed.computeIfAbsent(exercise.exerciseId(), id -> new ArrayList<>()).add(set));
        }
        if (performed.isEmpty()) {
            return;
        }
        Map<UUID, Map<PersonalRecordRules.Key, BigDecimal>> bests = bests(session.userId(), performed.keySet());
        List<SqlParameterSource> rows = new ArrayList<>();
        performed.forEach((exerciseId, sets) -> PersonalRecordRules
                .newRecords(sets, bests.getOrDefault(exerciseId, Map.of()))
                .forEach(record -> rows.add(new MapSqlParameterSource()
                        .addValue("user", session.userId())
                        .addValue("exercise", exerciseId)
                        .addValue("type", record.type().name())
                        .addValue("value", record.value())
                        .addValue("weight", record.weightKg())
                        .addValue("reps", record.reps())
                        .addValue("session", session.getId())
                        .addValue("set", record.setId())
                        .addValue("at", java.sql.Timestamp.from(achievedAt)))));
        jdbc.batchUpdate("""
                insert into personal_records (user_id, exercise_id, record_type, record_value, weight, reps,
                    training_session_id, session_set_id, achieved_at)
                values (:user, :exercise, :type, :value, :weight, :reps, :session, :set, :at)""",
                rows.toArray(SqlParameterSource[]::new));
    }

    private Map<UUID, Map<PersonalRecordRules.Key, BigDecimal>> bests(UUID userId, Set<UUID> exerciseIds) {
        Map<UUID, Map<PersonalRecordRules.Key, BigDecimal>> bests = new HashMap<>();
        jdbc.query("""
                select exercise_id, record_type,
                       case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end as weight_key,
                       max(record_value) as best
                from personal_records where user_id = :user and exercise_id = any(:exercises)
                group by exercise_id, record_type, weight_key""",
                new MapSqlParameterSource("user", userId)
                        .addValue("exercises", exerciseIds.toArray(UUID[]::new)),
                rs -> {
                    RecordType type = RecordType.valueOf(rs.getString("record_type"));
                    BigDecimal weight = rs.getBigDecimal("weight_key");
                    bests.computeIfAbsent(rs.getObject("exercise_id", UUID.class), id -> new HashMap<>())
                            .put(PersonalRecordRules.Key.of(type, weight), rs.getBigDecimal("best"));
                });
        return bests;
    }
}
