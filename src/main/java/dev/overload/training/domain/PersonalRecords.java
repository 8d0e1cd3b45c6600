package dev.overload.training.domain;

import dev.overload.training.RecordType;
import java.math.BigDecimal;
import java.sql.Timestamp;
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
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Finds and stores the personal records a completed session set: one read of the bests, one insert. */
@Component
class PersonalRecords {

    private final NamedParameterJdbcTemplate jdbc;

    PersonalRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The records the session set, stored and answered as a session read lists them (named from {@code names}): the
     * session's own performed sets against one read of the bests for its exercises, then one insert for them all.
     */
    List<SessionView.Record> record(TrainingSession session, Instant achievedAt, Map<UUID, String> names) {
        Map<UUID, List<PersonalRecordRules.Performed>> performed = new HashMap<>();
        for (SessionExercise exercise : session.exercises()) {
            exercise.sets().stream().map(set -> set.state().performed(set.getId())).flatMap(Optional::stream)
                    .forEach(set -> performed.computeIfAbsent(exercise.exerciseId(), id -> new ArrayList<>()).add(set));
        }
        if (performed.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<PersonalRecordRules.Key, BigDecimal>> bests = bests(session.userId(), performed.keySet());
        List<UUID> exercises = new ArrayList<>();
        List<PersonalRecordRules.NewRecord> records = new ArrayList<>();
        performed.forEach((exerciseId, sets) -> PersonalRecordRules
                .newRecords(sets, bests.getOrDefault(exerciseId, Map.of()))
                .forEach(record -> {
                    exercises.add(exerciseId);
                    records.add(record);
                }));
        if (records.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                with inserted as (
                    insert into personal_records (user_id, exercise_id, record_type, record_value, weight, reps,
                        training_session_id, session_set_id, achieved_at)
                    select :user, r.exercise_id, r.record_type, r.record_value, r.weight, r.reps, :session,
                           r.session_set_id, :at
                    from unnest(:exercises, :types, :values, :weights, :reps, :sets)
                         as r(exercise_id, record_type, record_value, weight, reps, session_set_id)
                    returning id, exercise_id, record_type, record_value, weight, reps, training_session_id,
                              session_set_id, achieved_at)
                select * from inserted order by exercise_id, record_type, weight""",
                new MapSqlParameterSource("user", session.userId())
                        .addValue("session", session.getId())
                        .addValue("at", Timestamp.from(achievedAt))
                        .addValue("exercises", new SqlArrayValue("uuid", exercises.toArray()))
                        .addValue("types", new SqlArrayValue("varchar",
                                records.stream().map(record -> record.type().name()).toArray()))
                        .addValue("values", new SqlArrayValue("numeric",
                                records.stream().map(PersonalRecordRules.NewRecord::value).toArray()))
                        .addValue("weights", new SqlArrayValue("numeric",
                                records.stream().map(PersonalRecordRules.NewRecord::weightKg).toArray()))
                        .addValue("reps", new SqlArrayValue("int4",
                                records.stream().map(PersonalRecordRules.NewRecord::reps).toArray()))
                        .addValue("sets", new SqlArrayValue("uuid",
                                records.stream().map(PersonalRecordRules.NewRecord::setId).toArray())),
                (rs, n) -> SessionQueries.record(rs, names));
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
