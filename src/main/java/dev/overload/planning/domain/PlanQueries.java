package dev.overload.planning.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.planning.PlanDifficulty;
import dev.overload.planning.PlanStatus;
import dev.overload.shared.NotFoundException;
import dev.overload.shared.PageParams;
import dev.overload.shared.ResultPage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading plans in SQL with a fixed number of statements, however many plans, days, exercises and sets:
 * the plans, then all their days, all their exercises and all their sets (each level keyed by plan id),
 * then the exercise names.
 */
@Component
public class PlanQueries {

    static final String PLAN_COLUMNS = """
            p.id, p.user_id, p.name, p.description, p.status, p.is_public, p.difficulty_level, p.muscle_types,
            p.estimated_duration, p.copied_from_id, p.created_at, p.updated_at, count(*) over () as total""";

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "created_at", "created_at", "updated_at", "updated_at");
    private static final Map<String, String> ORDER_BY = Map.of(
            "name", "lower(p.name)", "created_at", "p.created_at", "updated_at", "p.updated_at");

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;

    PlanQueries(JdbcClient jdbc, ExerciseCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The viewer's own plan or a public one. */
    @Transactional(readOnly = true)
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
    @Transactional(readOnly = true)
    public ResultPage<PlanTree> ownPlans(UUID ownerId, PlanStatus status, PageParams page) {
        String filter = status == null ? "" : " and p.status = :status";
        List<PlanRow> rows = jdbc.sql("select " + PLAN_COLUMNS + " from training_plans p where p.user_id = :owner"
                        + filter + " order by " + orderBy(page) + " limit :limit offset :offset")
                .param("owner", ownerId)
                .param("status", status == null ? "" : status.name())
                .param("limit", page.limitOrDefault())
                .param("offset", page.offsetOrDefault())
                .query(PlanQueries::planRow).list();
        long total = rows.isEmpty() ? countOwn(ownerId, status) : rows.getFirst().total();
        return new ResultPage<>(withStructure(rows), total);
    }

    List<PlanTree> withStructure(List<PlanRow> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        UUID[] planIds = plans.stream().map(PlanRow::id).toArray(UUID[]::new);
        Map<UUID, List<PlanTree.Set>> setsByExercise = new HashMap<>();
        jdbc.sql("""
                        select id, training_plan_exercise_id, set_index, expected_reps, expected_weight,
                               expected_duration_seconds, expected_rir
                        from training_plan_exercise_sets where training_plan_id = any(:plans)
                        order by training_plan_exercise_id, set_index""")
                .param("plans", planIds)
                .query((rs, n) -> new PlanTree.Set(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5), rs.getObject(6, Integer.class),
                        rs.getObject(7, Integer.class)))
                .list()
                .forEach(set -> setsByExercise.computeIfAbsent(set.trainingPlanExerciseId(), id -> new ArrayList<>())
                        .add(set));

        List<ExerciseRow> exerciseRows = jdbc.sql("""
                        select id, training_plan_day_id, exercise_id, order_index, rest_time_seconds, notes
                        from training_plan_exercises where training_plan_id = any(:plans)
                        order by training_plan_day_id, order_index""")
                .param("plans", planIds)
                .query((rs, n) -> new ExerciseRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getInt(4), rs.getObject(5, Integer.class), rs.getString(6)))
                .list();
        Map<UUID, String> names = catalog.names(exerciseRows.stream().map(ExerciseRow::exerciseId).toList());
        Map<UUID, List<PlanTree.Exercise>> exercisesByDay = new HashMap<>();
        exerciseRows.forEach(row -> exercisesByDay.computeIfAbsent(row.dayId(), id -> new ArrayList<>())
                .add(new PlanTree.Exercise(row.id(), row.dayId(), row.exerciseId(), names.get(row.exerciseId()),
                        row.orderIndex(), row.restTimeSeconds(), row.notes(),
                        setsByExercise.getOrDefault(row.id(), List.of()))));

        Map<UUID, List<PlanTree.Day>> daysByPlan = new HashMap<>();
        jdbc.sql("""
                        select id, training_plan_id, name, description, order_index
                        from training_plan_days where training_plan_id = any(:plans)
                        order by training_plan_id, order_index""")
                .param("plans", planIds)
                .query((rs, n) -> {
                    UUID dayId = rs.getObject(1, UUID.class);
                    return new PlanTree.Day(dayId, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getInt(5), exercisesByDay.getOrDefault(dayId, List.of()));
                })
                .list()
                .forEach(day -> daysByPlan.computeIfAbsent(day.trainingPlanId(), id -> new ArrayList<>()).add(day));

        return plans.stream().map(plan -> plan.toTree(daysByPlan.getOrDefault(plan.id(), List.of()))).toList();
    }

    private long countOwn(UUID ownerId, PlanStatus status) {
        String filter = status == null ? "" : " and status = :status";
        return jdbc.sql("select count(*) from training_plans where user_id = :owner" + filter)
                .param("owner", ownerId).param("status", status == null ? "" : status.name())
                .query(Long.class).single();
    }

    private static String orderBy(PageParams page) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : page.sort(SORTABLE, Sort.by(Sort.Order.desc("created_at")))) {
            orders.add(ORDER_BY.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add("p.id");
        return String.join(", ", orders);
    }

    static PlanRow planRow(ResultSet rs, int rowNum) throws SQLException {
        String difficulty = rs.getString("difficulty_level");
        Array muscleTypes = rs.getArray("muscle_types");
        return new PlanRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
                rs.getString("description"), PlanStatus.valueOf(rs.getString("status")), rs.getBoolean("is_public"),
                difficulty == null ? null : PlanDifficulty.valueOf(difficulty),
                muscleTypes == null ? List.of() : Arrays.asList((String[]) muscleTypes.getArray()),
                rs.getObject("estimated_duration", Integer.class), rs.getObject("copied_from_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("total"));
    }

    record PlanRow(UUID id, UUID userId, String name, String description, PlanStatus status, boolean isPublic,
            PlanDifficulty difficultyLevel, List<String> muscleTypes, Integer estimatedDuration, UUID copiedFromId,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, long total) {

        PlanTree toTree(List<PlanTree.Day> days) {
            return new PlanTree(id, userId, name, description, status, isPublic, difficultyLevel, muscleTypes,
                    estimatedDuration, copiedFromId, createdAt.toInstant(), updatedAt.toInstant(), days);
        }
    }

    private record ExerciseRow(UUID id, UUID dayId, UUID exerciseId, int orderIndex, Integer restTimeSeconds,
            String notes) {
    }
}
