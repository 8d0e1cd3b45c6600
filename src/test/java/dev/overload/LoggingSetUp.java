package dev.overload;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * For tests that start two services at once in one JVM: the second start waits until the first has set up its
 * logging. Each start configures Logback for the whole JVM, and two configurations at the same moment can break
 * each other's patterns ("There is no conversion class registered for composite conversion word [clr]", seen once
 * when the JIT's timing changed). Everything after the logging set-up, which is what such tests make race, still
 * runs at the same time.
 */
public final class LoggingSetUp {

    private final CountDownLatch done = new CountDownLatch(1);

    /** To register on the first start: its logging is set up once its context is prepared. */
    public ApplicationListener<ApplicationEvent> listener() {
        return event -> {
            if (event instanceof ApplicationPreparedEvent) {
                done.countDown();
            }
        };
    }

    /**
     * Waits for the first start's logging, at most two minutes: a first start that fails before it is reported by the
     * test through that start's own result.
     */
    public void awaitFirst() {
        try {
            done.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
