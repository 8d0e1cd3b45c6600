package dev.overload.insights.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.insights.Insight;
import dev.overload.insights.Insights;
import dev.overload.insights.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class InsightQueries implements Insights {

    private final JdbcClient jdbc;

    InsightQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Insight> latest(UUID userId, boolean significantOnly, int limit) {
        return jdbc.sql("""
                select primary_metric, secondary_metric, lag_days, correlation_value, pearson, p_value, q_value,
                       sample_size, strength, direction, significant, insight_text, window_from, window_to,
                       computed_at
                from correlation_insights where user_id = :user""" + (significantOnly ? " and significant" : "") + """

                order by significant desc, abs(correlation_value) desc, primary_metric, secondary_metric, lag_days
                limit :limit""")
                .param("user", userId).param("limit", limit)
                .query((rs, n) -> new Insight(Metric.valueOf(rs.getString(1)), Metric.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
                        rs.getInt(8), rs.getString(9), rs.getString(10), rs.getBoolean(11), rs.getString(12),
                        rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), instant(rs, 15)))
                .list();
    }
}
