package dev.overload.planning.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.planning.PlanTree;
import dev.overload.catalog.ExerciseCatalog;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading plans in SQL with three statements, however many plans, days, exercises and sets: the plans,
 * their whole structure (one join, keyed by plan id), the exercise names. Reads run outside a transaction:
 * at READ COMMITTED each statement sees committed data either way, and none means no BEGIN and COMMIT.
 */
@Component
public class PlanQueries {

    static final String PLAN_COLUMNS = """
            p.id, p.user_id, p.name, p.description, p.status, p.is_public, p.difficulty_level, p.muscle_types,
            p.estimated_duration, p.copied_from_id, p.created_at, p.updated_at, p.version""";

    private static final Map<String, String> ORDER_BY = Map.of(
            "name", "lower(p.name)", "created_at", "p.created_at", "updated_at", "p.updated_at");

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;
    /**
     * Plan structures by plan id and version: every change to a plan's days, exercises or sets raises its
     * version, so a structure found here for the version just read is current. Exercise names in it may
     * lag a rename by the time an entry lives.
     */
    private final Cache<PlanVersion, List<PlanTree.Day>> structures = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    PlanQueries(JdbcClient jdbc, ExerciseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The viewer's own plan or a public one. */
    public PlanTree plan(UUID viewerId, UUID planId) {
        List<PlanRow> rows = jdbc.sql("select " + PLAN_COLUMNS
                + " from training_plans p where p.id = :id and (p.user_id = :viewer or p.is_public)")
                .param("id", planId).param("viewer", viewerId)
                .query(PlanQueries::planRow).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Training plan");
        }
        return withStructure(rows).getFirst();
    }

    /** The owner's plans, newest first unless sorted otherwise, each with its whole structure. */
    public ResultPage<PlanTree> ownPlans(UUID ownerId, PlanStatus status, PageParams page) {
        Map<String, Object> params = new HashMap<>(Map.of("owner", ownerId));
        String from = "from training_plans p where p.user_id = :owner";
        if (status != null) {
            from += " and p.status = :status";
            params.put("status", status.name());
        }
        ResultPage<PlanRow> rows = SqlPages.page(jdbc, PLAN_COLUMNS, from,
                page.orderBy(ORDER_BY, Sort.by(Sort.Order.desc("created_at")), "p.id"), params, page,
                PlanQueries::planRow);
        return new ResultPage<>(withStructure(rows.items()), rows.total());
    }

    /** The plans with their structure: from the cache when current, else read for all missing at once. */
    List<PlanTree> withStructure(List<PlanRow> plans) {
        Map<UUID, List<PlanTree.Day>> days = new HashMap<>();
        List<PlanRow> missing = new ArrayList<>();
        for (PlanRow plan : plans) {
            List<PlanTree.Day> cached = structures.getIfPresent(plan.version());
            if (cached != null) {
                days.put(plan.id(), cached);
            } else {
                missing.add(plan);
            }
        }
        if (!missing.isEmpty()) {
            Map<UUID, List<PlanTree.Day>> read = readStructure(missing);
            for (PlanRow plan : missing) {
                List<PlanTree.Day> planDays = List.copyOf(read.getOrDefault(plan.id(), List.of()));
                structures.put(plan.version(), planDays);
                days.put(plan.id(), planDays);
            }
        }
        return plans.stream().map(plan -> plan.toTree(days.get(plan.id()))).toList();
    }

    /** Days, exercises and sets of the plans in one statement, in order; then the exercise names. */
    private Map<UUID, List<PlanTree.Day>> readStructure(List<PlanRow> plans) {
        List<StructureRow> rows = jdbc.sql("""
                select d.training_plan_id, d.id, d.name, d.description, d.order_index,
                       e.id, e.exercise_id, e.order_index, e.rest_time_seconds, e.notes,
                       s.id, s.set_index, s.expected_reps, s.expected_weight, s.expected_duration_seconds,
                       s.expected_rir
                from training_plan_days d
                left join training_plan_exercises e on e.training_plan_day_id = d.id
                left join training_plan_exercise_sets s on s.training_plan_exercise_id = e.id
                where d.training_plan_id = any(:plans)
                order by d.training_plan_id, d.order_index, e.order_index, s.set_index""")
                .param("plans", plans.stream().map(PlanRow::id).toArray(UUID[]::new))
                .query((rs, n) -> new StructureRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class), rs.getInt(8), rs.getObject(9, Integer.class), rs.getString(10),
                        rs.getObject(11, UUID.class), rs.getInt(12), rs.getInt(13), rs.getBigDecimal(14),
                        rs.getObject(15, Integer.class), rs.getObject(16, Integer.class)))
                .list();
        Map<UUID, String> names = catalog.names(rows.stream().map(StructureRow::exerciseId)
                .filter(java.util.Objects::nonNull).distinct().toList());

        Map<UUID, List<PlanTree.Day>> daysByPlan = new HashMap<>();
        Map<UUID, List<PlanTree.Exercise>> exercisesByDay = new HashMap<>();
        Map<UUID, List<PlanTree.Set>> setsByExercise = new HashMap<>();
        for (StructureRow row : rows) {
            List<PlanTree.Exercise> exercises = exercisesByDay.computeIfAbsent(row.dayId(), id -> {
                List<PlanTree.Exercise> dayExercises = new ArrayList<>();
                daysByPlan.computeIfAbsent(row.planId(), plan -> new ArrayList<>()).add(new PlanTree.Day(row.dayId(),
                        row.planId(), row.dayName(), row.dayDescription(), row.dayOrder(), dayExercises));
                return dayExercises;
            });
            if (row.slotId() == null) {
                continue;
            }
            List<PlanTree.Set> sets = setsByExercise.computeIfAbsent(row.slotId(), id -> {
                List<PlanTree.Set> slotSets = new ArrayList<>();
                exercises.add(new PlanTree.Exercise(row.slotId(), row.dayId(), row.exerciseId(),
                        names.get(row.exerciseId()), row.exerciseOrder(), row.restTimeSeconds(), row.notes(),
                        slotSets));
                return slotSets;
            });
            if (row.setId() != null) {
                sets.add(new PlanTree.Set(row.setId(), row.slotId(), row.setIndex(), row.reps(), row.weightKg(),
                        row.durationSeconds(), row.rir()));
            }
        }
        return daysByPlan;
    }

    static PlanRow planRow(ResultSet rs, int rowNum) throws SQLException {
        String difficulty = rs.getString("difficulty_level");
        Array muscleTypes = rs.getArray("muscle_types");
        UUID id = rs.getObject("id", UUID.class);
        return new PlanRow(new PlanTree.Summary(id, rs.getObject("user_id", UUID.class), rs.getString("name"),
                rs.getString("description"), PlanStatus.valueOf(rs.getString("status")), rs.getBoolean("is_public"),
                difficulty == null ? null : PlanDifficulty.valueOf(difficulty),
                muscleTypes == null ? List.of() : Arrays.asList((String[]) muscleTypes.getArray()),
                rs.getObject("estimated_duration", Integer.class), rs.getObject("copied_from_id", UUID.class),
                instant(rs, "created_at"), instant(rs, "updated_at")), new PlanVersion(id, rs.getLong("version")));
    }

    record PlanRow(PlanTree.Summary plan, PlanVersion version) {

        UUID id() {
            return plan.id();
        }

        PlanTree toTree(List<PlanTree.Day> days) {
            return new PlanTree(plan, days, version.version());
        }
    }

    record PlanVersion(UUID id, long version) {
    }

    /** One set of the plan joined with its exercise and day (the set or exercise part empty where none). */
    private record StructureRow(UUID planId, UUID dayId, String dayName, String dayDescription, int dayOrder,
            UUID slotId, UUID exerciseId, int exerciseOrder, Integer restTimeSeconds, String notes, UUID setId,
            int setIndex, int reps, java.math.BigDecimal weightKg, Integer durationSeconds, Integer rir) {
    }
}
