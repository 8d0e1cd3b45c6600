package dev.overload.catalog.domain;

import dev.overload.shared.paging.SqlFilter;
import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the catalog in SQL: a page of exercises (with its total and the viewer's usage) in one
 * statement, then their secondary muscles and equipment in one statement each, whatever the page size.
 */
@Component
public class ExerciseQueries {

    private static final String COLUMNS = """
            e.id, e.name, e.description, e.category, e.exercise_type, e.difficulty, e.owner_id,
                   e.created_by, e.created_at, e.updated_at, mg.slug as primary_muscle, mg.body_region,
                   coalesce(u.usage_count, 0) as usage_count, u.last_used_at, e.version""";
    private static final String FROM = """
            from exercises e
            join muscle_groups mg on mg.id = e.primary_muscle_group_id
            left join exercise_usage u on u.exercise_id = e.id and u.user_id = :viewer
            """;
    private static final String SELECT = "select " + COLUMNS + " " + FROM;

    /** Unless a sort is asked for, a search lists names starting with the term, then names containing it. */
    private static final String SEARCH_RANKING = """
            case when fold_search_text(e.name) like fold_search_text(:search) || '%' escape '!' then 0
                 when fold_search_text(e.name) like '%' || fold_search_text(:search) || '%' escape '!' then 1
                 else 2 end,
            """;

    private static final Map<String, String> ORDER_BY = Map.of(
            "name", "lower(e.name)",
            "created_at", "e.created_at",
            "difficulty",
            "array_position(array['BEGINNER','INTERMEDIATE','ADVANCED','EXPERT']::text[], e.difficulty::text)",
            // Most recently used first, whichever the sign: "recent" has one useful direction.
            "recent", "u.last_used_at desc nulls last");

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;

    ExerciseQueries(JdbcClient jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    public ResultPage<ExerciseView> list(UUID viewerId, ExerciseFilter filter, PageParams page) {
        SqlFilter sql = new SqlFilter(FROM).where("(e.owner_id is null or e.owner_id = :viewer)", "viewer", viewerId)
                .whenText(filter.search(), "e.search_text like '%' || fold_search_text(:search) || '%' escape '!'",
                        "search", SqlFilter::likeEscaped);
        if (filter.muscleGroup() != null && !filter.muscleGroup().isBlank()) {
            String part = ReferenceData.normalized(filter.muscleGroup());
            if (!referenceData.isBodyPart(part)) {
                throw new InvalidFieldException("muscle_group", "must be a muscle group or body region, one of "
                        + new TreeSet<>(referenceData.bodyParts()));
            }
            sql.where("""
                    exists (select 1 from muscle_groups m where (m.slug = :muscle or m.body_region = :muscle)
                            and (m.id = e.primary_muscle_group_id or exists (select 1 from exercise_secondary_muscles s
                                 where s.exercise_id = e.id and s.muscle_group_id = m.id)))""", "muscle", part);
        }
        if (filter.equipment() != null && !filter.equipment().isBlank()) {
            String equipment = ReferenceData.normalized(filter.equipment());
            if (equipment.equals("bodyweight")) {
                sql.where("not exists (select 1 from exercise_equipment q where q.exercise_id = e.id)");
            } else if (referenceData.isEquipment(equipment)) {
                sql.where("""
                        exists (select 1 from exercise_equipment q join equipment eq on eq.id = q.equipment_id
                                where q.exercise_id = e.id and eq.slug = :equipment)""", "equipment", equipment);
            } else {
                throw new InvalidFieldException("equipment", "must be 'bodyweight' or one of "
                        + referenceData.equipment().stream().map(Equipment::slug).sorted().toList());
            }
        }
        sql.when(filter.category(), "e.category = :category", "category", ExerciseCategory::name)
                .when(filter.difficulty(), "e.difficulty = :difficulty", "difficulty", Difficulty::name);
        if (filter.custom() != null) {
            sql.where(filter.custom() ? "e.owner_id is not null" : "e.owner_id is null");
        }
        String ranking = sql.params().containsKey("search") && (page.sort() == null || page.sort().isBlank())
                ? SEARCH_RANKING : "";
        ResultPage<Row> rows = SqlPages.page(jdbc, COLUMNS, sql, ranking + page.orderBy(ORDER_BY, Sort.by("name"),
                "e.id"), page, ExerciseQueries::row);
        return new ResultPage<>(withDetails(rows.items()), rows.total());
    }

    public ExerciseView get(UUID viewerId, UUID exerciseId) {
        List<Row> rows = jdbc.sql(SELECT + " where e.id = :id and (e.owner_id is null or e.owner_id = :viewer)")
                .param("viewer", viewerId).param("id", exerciseId)
                .query(ExerciseQueries::row).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Exercise");
        }
        return withDetails(rows).getFirst();
    }

    /** Summaries of the given exercises; with a viewer, only those the viewer may use. */
    Map<UUID, ExerciseSummary> summaries(UUID viewerId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String visibility = viewerId == null ? "" : " and (e.owner_id is null or e.owner_id = :viewer)";
        List<Row> rows = jdbc.sql(SELECT + " where e.id = any(:ids)" + visibility)
                .param("viewer", viewerId == null ? new UUID(0, 0) : viewerId)
                .param("ids", ids.toArray(UUID[]::new))
                .query(ExerciseQueries::row).list();
        Map<UUID, ExerciseSummary> summaries = new LinkedHashMap<>();
        withDetails(rows).forEach(view -> summaries.put(view.summary().id(), view.summary()));
        return summaries;
    }

    /** Every exercise the viewer may use (system ones and their own), by name: three statements. */
    List<ExerciseSummary> usableBy(UUID viewerId) {
        List<Row> rows = jdbc.sql(SELECT + " where e.owner_id is null or e.owner_id = :viewer order by e.name, e.id")
                .param("viewer", viewerId)
                .query(ExerciseQueries::row).list();
        return withDetails(rows).stream().map(ExerciseView::summary).toList();
    }

    private List<ExerciseView> withDetails(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<String>> secondary = SqlPages.byParent(jdbc, """
                select s.exercise_id, m.slug from exercise_secondary_muscles s
                join muscle_groups m on m.id = s.muscle_group_id
                where s.exercise_id = any(:parents) order by m.slug""", ids, "exercise_id", (rs, n) -> rs.getString(2));
        Map<UUID, List<String>> equipment = SqlPages.byParent(jdbc, """
                select q.exercise_id, eq.slug from exercise_equipment q
                join equipment eq on eq.id = q.equipment_id
                where q.exercise_id = any(:parents) order by eq.slug""", ids, "exercise_id",
                (rs, n) -> rs.getString(2));
        return rows.stream().map(row -> row.toView(secondary.getOrDefault(row.id(), List.of()),
                equipment.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                ExerciseCategory.valueOf(rs.getString("category")), ExerciseType.valueOf(rs.getString("exercise_type")),
                Difficulty.valueOf(rs.getString("difficulty")), rs.getObject("owner_id", UUID.class),
                rs.getObject("created_by", UUID.class), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getString("primary_muscle"), rs.getString("body_region"), rs.getInt("usage_count"),
                instant(rs, "last_used_at"), rs.getLong("version"));
    }

    private record Row(UUID id, String name, String description, ExerciseCategory category, ExerciseType type,
            Difficulty difficulty, UUID ownerId, UUID createdBy, Instant createdAt, Instant updatedAt,
            String primaryMuscle, String bodyRegion, int usageCount, Instant lastUsedAt, long version) {

        ExerciseView toView(List<String> secondary, List<String> equipment) {
            return new ExerciseView(new ExerciseSummary(id, name, description, category, type, difficulty,
                    primaryMuscle, bodyRegion, secondary, equipment, ownerId != null),
                    createdBy, createdAt, updatedAt, usageCount, lastUsedAt, version);
        }
    }
}
