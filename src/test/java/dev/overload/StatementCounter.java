package dev.overload;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the service sends to PostgreSQL (a batch counts once), so tests can assert
 * that a request costs a bounded number of them. Tests run one at a time, so the count between two
 * points is the count of the requests made between them; background jobs, which poll all the time, are
 * not counted.
 */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong executed = new AtomicLong();

    /** How many statements {@code action} sent. */
    public long count(Runnable action) {
        long before = executed.get();
        action.run();
        return executed.get() - before;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> {
                        if (!Thread.currentThread().getName().startsWith(Scheduler.THREAD_PREFIX)) {
                            executed.incrementAndGet();
                        }
                    })
                    .build();
        }
        return bean;
    }
}
