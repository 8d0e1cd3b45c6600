package dev.overload.wellness.domain;

import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.WellnessSeries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The series in one statement: each day's row, its sleep hours and its meals summed, by date. */
@Component
class WellnessSeriesQueries implements WellnessSeries {

    private static final String DAYS = """
            select d.date, round(extract(epoch from d.sleep_end - d.sleep_start) / 3600, 2) as sleep_hours,
                   d.sleep_quality, d.stress_level, d.energy_level, d.motivation_level, d.body_weight_kg,
                   d.body_fat_percent, d.resting_heart_rate, d.steps, d.water_ml,
                   m.meal_count, m.calories, m.protein_g, m.carbs_g, m.fat_g, m.fiber_g,
                   d.neck_cm, d.chest_cm, d.waist_cm, d.hips_cm, d.arm_cm, d.thigh_cm, d.calf_cm
            from daily_metrics d
            cross join lateral (
                select count(*)::integer as meal_count, sum(calories)::integer as calories,
                       sum(protein_g) as protein_g, sum(carbs_g) as carbs_g, sum(fat_g) as fat_g,
                       sum(fiber_g) as fiber_g
                from meals where user_id = d.user_id and daily_metrics_id = d.id) m
            where d.user_id = :user and d.date between :from and :to
            order by d.date""";

    private final JdbcClient jdbc;

    WellnessSeriesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DayMetrics> days(UUID userId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        return jdbc.sql(DAYS).param("user", userId).param("from", from).param("to", to)
                .query(WellnessSeriesQueries::day).list();
    }

    private static DayMetrics day(ResultSet rs, int rowNum) throws SQLException {
        return new DayMetrics(rs.getObject("date", LocalDate.class), rs.getBigDecimal("sleep_hours"),
                Decimals.plain(DailyMetricQueries.readings(rs)), rs.getInt("meal_count"),
                rs.getObject("calories", Integer.class), Decimals.plain(rs.getBigDecimal("protein_g")),
                Decimals.plain(rs.getBigDecimal("carbs_g")), Decimals.plain(rs.getBigDecimal("fat_g")),
                Decimals.plain(rs.getBigDecimal("fiber_g")),
                Decimals.plain(DailyMetricQueries.girths(rs, "_cm")));
    }
}
