package dev.overload.training.domain;

import static dev.overload.shared.SqlValues.instant;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.NotFoundException;
import dev.overload.shared.PageParams;
import dev.overload.shared.ResultPage;
import dev.overload.training.RecordType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The user's current personal records, and the history of an exercise's completed sets. */
@Component
public class RecordQueries {

    /** The completed sets of an exercise in the user's sessions that were not cancelled. */
    private static final String HISTORY_SETS = """

            from session_exercises se
            join training_sessions s on s.id = se.training_session_id
            join session_sets ss on ss.session_exercise_id = se.id
            where se.user_id = :user and se.exercise_id = :exercise and ss.status = 'COMPLETED'
              and ss.actual_reps is not null and s.status <> 'CANCELLED'""";

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;

    RecordQueries(JdbcClient jdbc, ExerciseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The best row per exercise, type (and weight, for most reps at a weight); the earliest among equals. */
    public ResultPage<SessionView.Record> personalRecords(UUID userId, UUID exerciseId, RecordType type,
            PageParams page) {
        String where = " where user_id = :user" + (exerciseId == null ? "" : " and exercise_id = :exercise")
                + (type == null ? "" : " and record_type = :type");
        Map<String, Object> params = new HashMap<>(Map.of("user", userId, "limit", page.limitOrDefault(),
                "offset", page.offsetOrDefault()));
        if (exerciseId != null) {
            params.put("exercise", exerciseId);
        }
        if (type != null) {
            params.put("type", type.name());
        }
        String sql = """
                with current as (
                    select distinct on (exercise_id, record_type, case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end)
                           id, exercise_id, record_type, record_value, weight, reps, training_session_id,
                           session_set_id, achieved_at
                    from personal_records"""
                + where
                + """

                            order by exercise_id, record_type, case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end,
                                     record_value desc, achieved_at)
                        select *, count(*) over () as total from current
                        order by achieved_at desc, id limit :limit offset :offset""";
        Map<UUID, String> names = new HashMap<>();
        List<Row> rows = jdbc.sql(sql).params(params)
                .query((rs, n) -> new Row(SessionQueries.record(rs, names), rs.getLong("total"))).list();
        Map<UUID, String> exerciseNames = catalog.names(rows.stream().map(row -> row.record().exerciseId())
                .distinct().toList());
        List<SessionView.Record> records = rows.stream().map(row -> withName(row.record(), exerciseNames)).toList();
        // a page past the end has no row to carry the total: count the current records on their own
        long total = !rows.isEmpty() ? rows.getFirst().total()
                : page.offsetOrDefault() == 0 ? 0
                        : jdbc.sql("""
                                select count(*) from (
                                    select distinct exercise_id, record_type,
                                           case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end
                                    from personal_records""" + where + ") as current")
                                .params(params).query(Long.class).single();
        return new ResultPage<>(records, total);
    }

    /** Completed sets of an exercise, newest first; the exercise must be one the user may see. */
    public ResultPage<HistoryEntry> history(UUID userId, UUID exerciseId, PageParams page) {
        if (catalog.visibleTo(userId, List.of(exerciseId)).isEmpty()) {
            throw new NotFoundException("Exercise");
        }
        List<HistoryRow> rows = jdbc.sql("""
                select s.id as session_id, s.session_date, s.title, ss.id as set_id, ss.set_index,
                       ss.actual_reps, coalesce(ss.actual_weight, 0) as weight, ss.rir, ss.completed_at,
                       count(*) over () as total""" + HISTORY_SETS + """

                order by ss.completed_at desc, ss.id limit :limit offset :offset""")
                .param("user", userId).param("exercise", exerciseId)
                .param("limit", page.limitOrDefault()).param("offset", page.offsetOrDefault())
                .query((rs, n) -> {
                    BigDecimal weight = rs.getBigDecimal("weight");
                    int reps = rs.getInt("actual_reps");
                    UUID setId = rs.getObject("set_id", UUID.class);
                    return new HistoryRow(new HistoryEntry(rs.getObject("session_id", UUID.class),
                            instant(rs, "session_date"), rs.getString("title"), setId,
                            rs.getInt("set_index"), reps, weight, rs.getObject("rir", Integer.class),
                            instant(rs, "completed_at"),
                            new Lift(setId, reps, weight).estimatedOneRepMax()), rs.getLong("total"));
                }).list();
        // a page past the end has no row to carry the total: count the sets on their own
        long total = !rows.isEmpty() ? rows.getFirst().total()
                : page.offsetOrDefault() == 0 ? 0
                        : jdbc.sql("select count(*)" + HISTORY_SETS).param("user", userId).param("exercise", exerciseId)
                                .query(Long.class).single();
        return new ResultPage<>(rows.stream().map(HistoryRow::entry).toList(), total);
    }

    private static SessionView.Record withName(SessionView.Record record, Map<UUID, String> names) {
        return new SessionView.Record(record.id(), record.exerciseId(), names.get(record.exerciseId()), record.type(),
                record.value(), record.weightKg(), record.reps(), record.trainingSessionId(), record.sessionSetId(),
                record.achievedAt());
    }

    private record Row(SessionView.Record record, long total) {
    }

    private record HistoryRow(HistoryEntry entry, long total) {
    }
}
