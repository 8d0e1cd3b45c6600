package dev.overload.insights.domain;

import dev.overload.identity.Users;
import dev.overload.insights.Metric;
import dev.overload.shared.DateRange;
import dev.overload.shared.units.WeightUnit;
import dev.overload.training.TrainingStatistics;
import dev.overload.wellness.DayMetrics;
import dev.overload.wellness.WellnessSeries;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a user's insights anew over the last {@value #WINDOW_DAYS} of their days: the wellness and
 * training series (one statement each), every candidate pair tested, the Benjamini–Hochberg correction
 * across them, a sentence for each finding that survives it, and the findings stored in place of the old.
 */
@Service
public class InsightComputation {

    static final int WINDOW_DAYS = 90;
    /** The false-discovery rate accepted: at most one finding in twenty by chance, on average. */
    static final double FALSE_DISCOVERY_RATE = 0.05;

    private final WellnessSeries wellness;
    private final TrainingStatistics training;
    private final Users users;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    InsightComputation(WellnessSeries wellness, TrainingStatistics training, Users users,
            NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.wellness = wellness;
        this.training = training;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public int recompute(UUID userId) {
        // One recompute of a user at a time, on every instance: the nightly run and a job the user asked for both
        // replace the user's rows, and two at once would collide on the pair key.
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended('insights ' || :user, 0))",
                new MapSqlParameterSource("user", userId.toString()));
        Instant now = clock.instant();
        ZoneId zone = users.timeZone(userId);
        WeightUnit unit = users.weightUnit(userId);
        LocalDate to = LocalDate.ofInstant(now, zone);
        LocalDate from = to.minusDays(WINDOW_DAYS - 1L);
        DailyValues values = new DailyValues();
        // The day before the window too: a lagged pair's first day looks back one.
        wellness.days(userId, from.minusDays(1), to).forEach(day -> wellnessOf(day, values));
        training.days(userId, new DateRange(from, to), zone).forEach(day -> trainingOf(day, values));
        List<PairAnalysis.Tested> tested = PairAnalysis.test(values, from, to);
        double[] q = FalseDiscovery.qValues(tested.stream().mapToDouble(pair -> pair.correlation().spearmanP())
                .toArray());
        jdbc.update("delete from correlation_insights where user_id = :user", new MapSqlParameterSource("user",
                userId));
        SqlParameterSource[] rows = new SqlParameterSource[tested.size()];
        for (int i = 0; i < tested.size(); i++) {
            rows[i] = row(userId, tested.get(i), q[i], unit, from, to, now);
        }
        jdbc.batchUpdate("""
                insert into correlation_insights (user_id, primary_metric, secondary_metric, lag_days,
                    correlation_value, pearson, p_value, q_value, sample_size, strength, direction, significant,
                    insight_text, window_from, window_to, computed_at)
                values (:user, :primary, :secondary, :lag, :rho, :r, :p, :q, :n, :strength, :direction, :significant,
                    :text, :from, :to, :at)""", rows);
        return tested.size();
    }

    private static SqlParameterSource row(UUID userId, PairAnalysis.Tested tested, double q, WeightUnit unit,
            LocalDate from, LocalDate to, Instant at) {
        Correlation correlation = tested.correlation();
        double rho = correlation.spearman();
        boolean significant = q < FALSE_DISCOVERY_RATE && Math.abs(rho) >= 0.1;
        return new MapSqlParameterSource()
                .addValue("user", userId)
                .addValue("primary", tested.pair().primary().name())
                .addValue("secondary", tested.pair().secondary().name())
                .addValue("lag", tested.pair().lagDays())
                .addValue("rho", round(rho))
                .addValue("r", round(correlation.pearson()))
                .addValue("p", correlation.spearmanP())
                .addValue("q", Math.min(1, q))
                .addValue("n", correlation.sampleSize())
                .addValue("strength", strength(rho))
                .addValue("direction", rho >= 0 ? "POSITIVE" : "NEGATIVE")
                .addValue("significant", significant)
                .addValue("text", significant ? InsightTexts.describe(tested, unit).orElse(null) : null)
                .addValue("from", from)
                .addValue("to", to)
                .addValue("at", Timestamp.from(at));
    }

    /** Cohen's conventions for a correlation's size. */
    static String strength(double coefficient) {
        double size = Math.abs(coefficient);
        return size < 0.1 ? "NEGLIGIBLE" : size < 0.3 ? "WEAK" : size < 0.5 ? "MODERATE" : "STRONG";
    }

    private static double round(double coefficient) {
        return Math.round(coefficient * 10_000) / 10_000.0;
    }

    private static void wellnessOf(DayMetrics day, DailyValues values) {
        values.put(day.date(), Metric.SLEEP_HOURS, day.sleepHours());
        DayMetrics.Readings readings = day.readings();
        values.put(day.date(), Metric.SLEEP_QUALITY, readings.sleepQuality());
        values.put(day.date(), Metric.STRESS_LEVEL, readings.stressLevel());
        values.put(day.date(), Metric.ENERGY_LEVEL, readings.energyLevel());
        values.put(day.date(), Metric.MOTIVATION_LEVEL, readings.motivationLevel());
        values.put(day.date(), Metric.BODY_WEIGHT, readings.bodyWeightKg());
        values.put(day.date(), Metric.CALORIES, day.calories());
        values.put(day.date(), Metric.PROTEIN, day.proteinG());
        values.put(day.date(), Metric.STEPS, readings.steps());
    }

    private static void trainingOf(TrainingStatistics.TrainedDay day, DailyValues values) {
        values.put(day.day(), Metric.VOLUME, day.volumeKg());
        values.put(day.day(), Metric.HARD_SETS, day.hardSets());
        values.put(day.day(), Metric.AVERAGE_RIR, day.averageRir());
        values.put(day.day(), Metric.E1RM_CHANGE, day.e1rmChangePercent());
        values.put(day.day(), Metric.SESSION_DONE, 1);
    }
}
