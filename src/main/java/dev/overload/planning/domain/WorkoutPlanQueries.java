package dev.overload.planning.domain;

import dev.overload.planning.PlanDifficulty;
import dev.overload.shared.paging.SqlFilter;
import dev.overload.planning.PlanTree;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
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
        SqlFilter sql = new SqlFilter("from training_plans p")
                .where("(p.user_id = :viewer or p.is_public)", "viewer", viewerId)
                .when(filter.muscleType(), ":muscle = any(p.muscle_types)", "muscle",
                        muscle -> muscle.strip().toLowerCase(Locale.ROOT))
                .when(filter.difficultyLevel(), "p.difficulty_level = :difficulty", "difficulty",
                        PlanDifficulty::name)
                .when(filter.createdBy(), "p.user_id = :creator", "creator")
                .when(filter.isPublic(), "p.is_public = :public", "public")
                .whenText(filter.search(), "fold_search_text(p.name || ' ' || coalesce(p.description, '')) "
                        + "like '%' || fold_search_text(:search) || '%' escape '!'", "search", SqlFilter::likeEscaped);
        return SqlPages
                .page(jdbc, PlanQueries.PLAN_COLUMNS, sql, "p.created_at desc, p.id",
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
