package dev.overload;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the service sends to PostgreSQL (a batch counts once; {@link #executions} counts its
 * rows), so tests can assert that a request costs a bounded number of them. Tests run one at a time, so the count
 * between two points is the count of the requests made between them. Background work is not counted: jobs, which
 * poll all the time, and listeners of other modules' events, which run after the request's commit.
 */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong executed = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    /** How many statements {@code action} sent. */
    public long count(Runnable action) {
        long before = executed.get();
        action.run();
        return executed.get() - before;
    }

    /**
     * How many statements PostgreSQL executed for {@code action}: each row of a batch counts, as
     * {@code pg_stat_statements} counts them, so a statement per row shows even when sent in one batch.
     */
    public long executions(Runnable action) {
        long before = rows.get();
        action.run();
        return rows.get() - before;
    }

    /** db-scheduler's threads, and the task executor's that run event listeners asynchronously. */
    private static boolean isBackground(String thread) {
        return thread.startsWith(Scheduler.THREAD_PREFIX) || thread.startsWith("task-");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> {
                        if (!isBackground(Thread.currentThread().getName())) {
                            executed.incrementAndGet();
                            rows.addAndGet(execution.isBatch() ? execution.getBatchSize() : 1);
                        }
                    })
                    .build();
        }
        return bean;
    }
}
