package dev.overload.scheduling.domain;

import dev.overload.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A closed account's schedules go with it, in the same transaction: nothing is left for the reminder job
 * to keep planning. (Its notifications and sessions stay with the account's row.)
 */
@Component
class ClosedAccounts {

    private final ScheduleRepository schedules;

    ClosedAccounts(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    @EventListener
    void on(AccountDeleted event) {
        schedules.deleteAllOf(event.userId());
    }
}
