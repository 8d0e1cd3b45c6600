package dev.overload.shared.security;

import dev.overload.shared.errors.RateLimitedException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets per (scope, key), e.g. ("login-ip", "203.0.113.7"), kept in PostgreSQL so every instance counts
 * against the same bucket (see docs/decisions/rate-limits-in-postgresql.md). Time comes from the application
 * clock, so tests move it rather than wait.
 */
@Component
public class RateLimiter {

    private final ProxyManager<String> buckets;

    public RateLimiter(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /** Takes one attempt from the bucket, or fails with the time until the next one is available. */
    public void consume(String scope, RateLimit limit, String key) {
        ConsumptionProbe probe = bucket(scope, limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one attempt if any is left, without failing (for counting failures that already have an answer). */
    public void record(String scope, RateLimit limit, String key) {
        bucket(scope, limit, key).tryConsume(1);
    }

    /** Fails if the bucket is empty, without taking an attempt (for limits that only count failures). */
    public void ensureAvailable(String scope, RateLimit limit, String key) {
        EstimationProbe probe = bucket(scope, limit, key).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private BucketProxy bucket(String scope, RateLimit limit, String key) {
        return buckets.builder().build(scope + ':' + SecretTokens.hash(key), () -> BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .build());
    }
}
