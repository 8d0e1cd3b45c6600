package dev.overload.shared.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Idempotency keys past their retention (at least 24 h) are purged hourly, on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class IdempotencyJobs {

    @Bean
    RecurringTask<Void> idempotencyKeysTask(IdempotencyKeys keys) {
        return Tasks.recurring("purge-idempotency-keys", FixedDelay.ofHours(1))
                .execute((instance, context) -> keys.purge());
    }
}
