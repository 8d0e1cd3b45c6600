package dev.overload.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.insights.domain.InsightRecomputes;
import dev.overload.insights.domain.StaleInsights;
import dev.overload.training.SessionCompleted;
import dev.overload.wellness.DailyMetricsRecorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** Insights react to training and wellness, and the nightly job recomputes whom they marked. */
@ModuleTest
class InsightsModuleTests {

    @Autowired
    StaleInsights stale;

    @Autowired
    InsightRecomputes recomputes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompletedSessionMarksItsUserStale(Scenario scenario) {
        UUID userId = Rows.user(jdbc);

        scenario.publish(new SessionCompleted(UUID.randomUUID(), userId, null, Instant.now()))
                .andWaitForStateChange(() -> marks(userId), marks -> marks == 1)
                .andVerify(marks -> assertThat(marks).isEqualTo(1));
    }

    @Test
    void theNightlyJobRecomputesTheMarkedUsersAndClearsTheirMarks(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        scenario.publish(new DailyMetricsRecorded(userId, LocalDate.now()))
                .andWaitForStateChange(() -> marks(userId), marks -> marks == 1);

        assertThat(stale.recomputeStale()).isGreaterThanOrEqualTo(1);

        assertThat(marks(userId)).isZero();
    }

    @Test
    void aRecomputeTheUserAskedForClearsTheirMarkSoTheNightOneSkipsThem(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        scenario.publish(new DailyMetricsRecorded(userId, LocalDate.now()))
                .andWaitForStateChange(() -> marks(userId), marks -> marks == 1);

        recomputes.run(userId);

        assertThat(marks(userId)).isZero();
    }

    private long marks(UUID userId) {
        return jdbc.sql("select count(*) from insight_staleness where user_id = :user").param("user", userId)
                .query(Long.class).single();
    }
}
