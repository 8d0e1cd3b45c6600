package dev.overload.training.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import org.springframework.data.domain.Sort;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
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

    /** What records sort by ({@code sort=-achieved_at} is the default): API field to SQL. */
    private static final Map<String, String> RECORD_ORDER = Map.of("achieved_at", "achieved_at", "record_type",
            "record_type", "value", "record_value", "weight", "weight", "reps", "reps");
    /** What an exercise's history sorts by ({@code sort=-completed_at} is the default). */
    private static final Map<String, String> HISTORY_ORDER = Map.of("completed_at", "ss.completed_at",
            "session_date", "s.session_date", "weight", "coalesce(ss.actual_weight, 0)", "reps", "ss.actual_reps");

    /** The best row per exercise, type (and weight, for most reps at a weight); the earliest among equals. */
    public ResultPage<SessionView.Record> personalRecords(UUID userId, UUID exerciseId, RecordType type,
            PageParams page) {
        String where = " where user_id = :user" + (exerciseId == null ? "" : " and exercise_id = :exercise")
                + (type == null ? "" : " and record_type = :type");
        Map<String, Object> params = new HashMap<>(Map.of("user", userId));
        if (exerciseId != null) {
            params.put("exercise", exerciseId);
        }
        if (type != null) {
            params.put("type", type.name());
        }
        String current = """
                from (select distinct on (exercise_id, record_type,
                                          case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end)
                             id, exercise_id, record_type, record_value, weight, reps, training_session_id,
                             session_set_id, achieved_at
                      from personal_records""" + where + """

                order by exercise_id, record_type, case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end,
                         record_value desc, achieved_at) as current""";
        Map<UUID, String> noNames = Map.of();
        ResultPage<SessionView.Record> records = SqlPages.page(jdbc, "*", current,
                page.orderBy(RECORD_ORDER, Sort.by(Sort.Order.desc("achieved_at")), "id"), params,
                page, (rs, n) -> SessionQueries.record(rs, noNames));
        Map<UUID, String> names = catalog.names(records.items().stream().map(SessionView.Record::exerciseId)
                .distinct().toList());
        return records.map(record -> withName(record, names));
    }

    /** Completed sets of an exercise, newest first; the exercise must be one the user may see. */
    public ResultPage<HistoryEntry> history(UUID userId, UUID exerciseId, PageParams page) {
        if (catalog.visibleTo(userId, List.of(exerciseId)).isEmpty()) {
            throw new NotFoundException("Exercise");
        }
        return SqlPages.page(jdbc, """
                s.id as session_id, s.session_date, s.title, ss.id as set_id, ss.set_index, ss.actual_reps,
                coalesce(ss.actual_weight, 0) as weight, ss.rir, ss.completed_at""", HISTORY_SETS,
                page.orderBy(HISTORY_ORDER, Sort.by(Sort.Order.desc("completed_at")), "ss.id"),
                Map.of("user", userId, "exercise", exerciseId), page, (rs, n) -> {
                    BigDecimal weight = rs.getBigDecimal("weight");
                    int reps = rs.getInt("actual_reps");
                    UUID setId = rs.getObject("set_id", UUID.class);
                    return new HistoryEntry(rs.getObject("session_id", UUID.class), instant(rs, "session_date"),
                            rs.getString("title"), setId, rs.getInt("set_index"), reps, weight,
                            rs.getObject("rir", Integer.class), instant(rs, "completed_at"),
                            new Lift(setId, reps, weight).estimatedOneRepMax());
                });
    }

    private static SessionView.Record withName(SessionView.Record record, Map<UUID, String> names) {
        return new SessionView.Record(record.id(), record.exerciseId(), names.get(record.exerciseId()), record.type(),
                record.value(), record.weightKg(), record.reps(), record.trainingSessionId(), record.sessionSetId(),
                record.achievedAt());
    }

}
