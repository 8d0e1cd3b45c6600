package dev.overload.planning.domain;

import dev.overload.planning.PlanTree;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seed 003's list (the caller's plans and public plans, filtered) and statistics, in SQL. */
@Component
public class WorkoutPlanQueries {

    private final JdbcClient jdbc;

    WorkoutPlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans without their structure, newest first; {@code page} counts from 1. */
    public ResultPage<PlanTree> visible(UUID viewerId, WorkoutPlanFilter filter, int page, int limit) {
        List<String> where = new ArrayList<>(List.of("(p.user_id = :viewer or p.is_public)"));
        Map<String, Object> params = new HashMap<>(Map.of("viewer", viewerId));
        if (filter.muscleType() != null) {
            where.add(":muscle = any(p.muscle_types)");
            params.put("muscle", filter.muscleType().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.difficultyLevel() != null) {
            where.add("p.difficulty_level = :difficulty");
            params.put("difficulty", filter.difficultyLevel().name());
        }
        if (filter.createdBy() != null) {
            where.add("p.user_id = :creator");
            params.put("creator", filter.createdBy());
        }
        if (filter.isPublic() != null) {
            where.add("p.is_public = :public");
            params.put("public", filter.isPublic());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.add("fold_search_text(p.name || ' ' || coalesce(p.description, '')) "
                    + "like '%' || fold_search_text(:search) || '%' escape '!'");
            params.put("search", filter.search().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        }
        return SqlPages
                .page(jdbc, PlanQueries.PLAN_COLUMNS, "from training_plans p where " + String.join(" and ", where),
                        "p.created_at desc, p.id", params,
                        new PageParams(limit, Math.toIntExact((long) (page - 1) * limit), null),
                        PlanQueries::planRow)
                .map(row -> row.toTree(List.of()));
    }

    public WorkoutPlanStats stats(UUID ownerId) {
        Map<String, Long> byDifficulty = new LinkedHashMap<>();
        long[] totals = new long[2];
        jdbc.sql("""
                select difficulty_level, count(*), count(*) filter (where is_public)
                from training_plans where user_id = :owner group by difficulty_level""")
                .param("owner", ownerId)
                .query((rs, n) -> {
                    totals[0] += rs.getLong(2);
                    totals[1] += rs.getLong(3);
                    if (rs.getString(1) != null) {
                        byDifficulty.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
                    }
                    return null;
                }).list();
        Map<String, Long> muscleTypes = new LinkedHashMap<>();
        jdbc.sql("""
                select muscle_type, count(*) from training_plans, unnest(muscle_types) as muscle_type
                where user_id = :owner group by muscle_type order by count(*) desc, muscle_type""")
                .param("owner", ownerId)
                .query((rs, n) -> muscleTypes.put(rs.getString(1), rs.getLong(2))).list();
        return new WorkoutPlanStats(totals[0], totals[1], totals[0] - totals[1], byDifficulty, muscleTypes);
    }
}
