package dev.overload.shared.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where rate-limit buckets live: the {@code rate_limit_buckets} table, on the application clock. */
@Configuration(proxyBeanMethods = false)
class RateLimitBuckets {

    @Bean
    PostgreSQLadvisoryLockBasedProxyManager<String> rateLimitBucketStore(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .clientClock(new ClockTimeMeter(clock))
                // A bucket is forgotten once it would be full again, plus a minute.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** Full buckets are gone from the table within ten minutes of refilling, on one instance at a time. */
    @Bean
    RecurringTask<Void> expiredRateLimitBucketsTask(PostgreSQLadvisoryLockBasedProxyManager<String> buckets) {
        return Tasks.recurring("purge-expired-rate-limit-buckets", FixedDelay.ofMinutes(10))
                .execute((instance, context) -> {
                    while (buckets.removeExpired(1000) == 1000) {
                        // keep going until a batch is not full
                    }
                });
    }

    /** Bucket4j reads time through this; tests move the clock to refill buckets instead of waiting. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
