package dev.overload;

import dev.overload.jobs.domain.JobCheckpoints;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a user's running jobs at a point of their progress until the test lets them go, so a test can look at a
 * job mid-way, cancel it, or stop the service under it, without racing it. Jobs of users no test holds pass.
 */
public class JobGate implements JobCheckpoints {

    private static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    private final Map<UUID, Hold> holds = new ConcurrentHashMap<>();

    /** Holds each job of the user that reaches {@code progress}, until {@link Hold#release()}. */
    public Hold hold(UUID userId, int progress) {
        Hold hold = new Hold(progress);
        holds.put(userId, hold);
        return hold;
    }

    @Override
    public void reached(UUID jobId, UUID userId, int progress) {
        Hold hold = holds.get(userId);
        if (hold != null && progress >= hold.progress) {
            hold.arrived(jobId);
        }
    }

    /** Where a user's jobs wait: each arriving job counts down {@code reached}, then waits for the release. */
    public static final class Hold {

        private final int progress;
        private final CountDownLatch release = new CountDownLatch(1);
        private final Map<UUID, CountDownLatch> arrivals = new ConcurrentHashMap<>();

        Hold(int progress) {
            this.progress = progress;
        }

        void arrived(UUID jobId) {
            arrivals.computeIfAbsent(jobId, id -> new CountDownLatch(1)).countDown();
            try {
                if (!release.await(LONGEST_HOLD.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("A test held job " + jobId + " and never let it go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits until the job is held. */
        public void awaitHeld(UUID jobId) {
            await(arrivals.computeIfAbsent(jobId, id -> new CountDownLatch(1)), "job " + jobId);
        }

        /** Lets every held job (and every later one) go on. */
        public void release() {
            release.countDown();
        }

        private static void await(CountDownLatch latch, String what) {
            try {
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError(what + " did not reach the hold within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
