package dev.overload.wellness.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.wellness.DayMetrics.Girths;
import dev.overload.wellness.DayMetrics.Readings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading a user's days in two statements, however many: the days, then all their meals. */
@Component
public class DailyMetricQueries {

    private static final String COLUMNS = """
            d.id, d.date, d.sleep_start, d.sleep_end, d.sleep_quality, d.stress_level, d.energy_level,
            d.motivation_level, d.body_weight_kg, d.body_fat_percent, d.resting_heart_rate, d.steps, d.water_ml,
            d.notes, d.neck_cm, d.chest_cm, d.waist_cm, d.hips_cm, d.arm_cm, d.thigh_cm, d.calf_cm, d.created_at,
            d.updated_at""";
    private static final String MEALS = """
            select daily_metrics_id, name, time, calories, protein_g, carbs_g, fat_g, fiber_g
            from meals where user_id = :user and daily_metrics_id = any(:parents)
            order by daily_metrics_id, position""";
    private static final Map<String, String> SORTABLE = Map.of("date", "d.date");

    private final JdbcClient jdbc;
    private final Dates dates;

    DailyMetricQueries(JdbcClient jdbc, Dates dates) {
        this.jdbc = jdbc;
        this.dates = dates;
    }

    public DayView day(UUID userId, ZoneId zone, LocalDate date) {
        dates.require(date, zone, "date");
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from daily_metrics d where d.user_id = :user"
                + " and d.date = :date")
                .param("user", userId).param("date", date)
                .query(DailyMetricQueries::row).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Daily metrics");
        }
        return withMeals(userId, rows).getFirst();
    }

    /** The user's days in [from, to] (default: the last 30 days), newest first unless sorted by date. */
    public ResultPage<DayView> days(UUID userId, ZoneId zone, LocalDate from, LocalDate to, PageParams page) {
        Dates.Range range = dates.range(from, to, zone);
        ResultPage<Row> rows = SqlPages.page(jdbc, COLUMNS,
                "from daily_metrics d where d.user_id = :user and d.date between :from and :to",
                page.orderBy(SORTABLE, Sort.by(Sort.Order.desc("date")), "d.id"),
                Map.of("user", userId, "from", range.from(), "to", range.to()), page, DailyMetricQueries::row);
        return new ResultPage<>(withMeals(userId, rows.items()), rows.total());
    }

    private List<DayView> withMeals(UUID userId, List<Row> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Meal>> meals = new HashMap<>();
        jdbc.sql(MEALS).param("user", userId).param("parents", days.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> meals.computeIfAbsent(rs.getObject("daily_metrics_id", UUID.class),
                        day -> new ArrayList<>()).add(meal(rs, n)))
                .list();
        return days.stream().map(day -> new DayView(day.view().date(),
                day.view().entry().withMeals(meals.getOrDefault(day.id(), List.of())), day.view().createdAt(),
                day.view().updatedAt())).toList();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        DayEntry entry = new DayEntry(instant(rs, "sleep_start"), instant(rs, "sleep_end"), readings(rs),
                rs.getString("notes"), girths(rs, "_cm"), List.of());
        return new Row(rs.getObject("id", UUID.class), new DayView(rs.getObject("date", LocalDate.class), entry,
                instant(rs, "created_at"), instant(rs, "updated_at")));
    }

    /** The columns of what was recorded for the day, by their names in {@code daily_metrics}. */
    static Readings readings(ResultSet rs) throws SQLException {
        return new Readings(rs.getObject("sleep_quality", Integer.class), rs.getObject("stress_level", Integer.class),
                rs.getObject("energy_level", Integer.class), rs.getObject("motivation_level", Integer.class),
                rs.getBigDecimal("body_weight_kg"), rs.getBigDecimal("body_fat_percent"),
                rs.getObject("resting_heart_rate", Integer.class), rs.getObject("steps", Integer.class),
                rs.getObject("water_ml", Integer.class));
    }

    /** The seven girth columns, named {@code neck<suffix>} and so on. */
    static Girths girths(ResultSet rs, String suffix) throws SQLException {
        return new Girths(rs.getBigDecimal("neck" + suffix), rs.getBigDecimal("chest" + suffix),
                rs.getBigDecimal("waist" + suffix), rs.getBigDecimal("hips" + suffix),
                rs.getBigDecimal("arm" + suffix), rs.getBigDecimal("thigh" + suffix),
                rs.getBigDecimal("calf" + suffix));
    }

    private static Meal meal(ResultSet rs, int rowNum) throws SQLException {
        return new Meal(rs.getString("name"), rs.getObject("time", LocalTime.class),
                rs.getObject("calories", Integer.class), rs.getBigDecimal("protein_g"), rs.getBigDecimal("carbs_g"),
                rs.getBigDecimal("fat_g"), rs.getBigDecimal("fiber_g"));
    }

    private record Row(UUID id, DayView view) {
    }
}
