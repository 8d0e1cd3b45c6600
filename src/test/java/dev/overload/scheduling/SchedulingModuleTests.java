package dev.overload.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.identity.AccountClosed;
import dev.overload.planning.TrainingPlanChanged;
import dev.overload.scheduling.domain.ScheduleDraft;
import dev.overload.scheduling.domain.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** Scheduling's reactions to the events of the modules it uses. */
@ModuleTest
class SchedulingModuleTests {

    @Autowired
    Schedules schedules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aClosedAccountsSchedulesAndFeedGo(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        schedule(userId, Rows.plan(jdbc, userId, "Strength"));
        jdbc.sql("insert into calendar_feeds (user_id, token_hash, created_at) values (:user, 'x', now())")
                .param("user", userId).update();

        scenario.publish(new AccountClosed(userId))
                .andWaitForStateChange(() -> count("schedules", userId) + count("calendar_feeds", userId),
                        remaining -> remaining == 0)
                .andVerify(remaining -> assertThat(remaining).isZero());
    }

    @Test
    void aRenamedPlanIsShownUnderItsNewName(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        UUID planId = Rows.plan(jdbc, userId, "Strength");
        UUID scheduleId = schedule(userId, planId);
        jdbc.sql("update training_plans set name = 'Strength 5x5' where id = :id").param("id", planId).update();

        scenario.publish(new TrainingPlanChanged(planId, userId))
                .andWaitForStateChange(() -> jdbc.sql("select plan_name from schedules where id = :id")
                        .param("id", scheduleId).query(String.class).single(), "Strength 5x5"::equals)
                .andVerify(name -> assertThat(name).isEqualTo("Strength 5x5"));
    }

    private UUID schedule(UUID userId, UUID planId) {
        Instant start = clock.instant().plus(Duration.ofDays(1));
        return schedules.create(userId, new ScheduleDraft(planId, null, start, start.plus(Duration.ofHours(1)), 30,
                null)).getId();
    }

    private long count(String table, UUID userId) {
        return jdbc.sql("select count(*) from " + table + " where user_id = :user").param("user", userId)
                .query(Long.class).single();
    }
}
