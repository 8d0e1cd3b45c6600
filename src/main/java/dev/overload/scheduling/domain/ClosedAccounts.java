package dev.overload.scheduling.domain;

import dev.overload.identity.AccountClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A closed account's schedules and calendar feed go with it, so the reminder job has nothing left to plan
 * for it. (Its notifications and sessions stay with the account's row.) Until this has run, reminders and
 * the feed already leave closed accounts out.
 */
@Component
class ClosedAccounts {

    private final ScheduleRepository schedules;
    private final JdbcClient jdbc;

    ClosedAccounts(ScheduleRepository schedules, JdbcClient jdbc) {
        this.schedules = schedules;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountClosed event) {
        schedules.deleteAllOf(event.userId());
        jdbc.sql("delete from calendar_feeds where user_id = :user").param("user", event.userId()).update();
    }
}
