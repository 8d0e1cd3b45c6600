package dev.overload.shared.security;

import dev.overload.shared.errors.RateLimitedException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets per (scope, key), e.g. ("login-ip", "203.0.113.7"). Buckets live in this instance's memory:
 * with several instances each enforces its own share, which still bounds guessing.
 */
@Component
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(24))
            .maximumSize(200_000)
            .build();

    /** Takes one attempt from the bucket, or fails with the time until the next one is available. */
    public void consume(String scope, RateLimit limit, String key) {
        ConsumptionProbe probe = bucket(scope, limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Fails if the bucket is empty, without taking an attempt (for limits that only count failures). */
    public void ensureAvailable(String scope, RateLimit limit, String key) {
        EstimationProbe probe = bucket(scope, limit, key).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucket(String scope, RateLimit limit, String key) {
        return buckets.get(scope + '\u0000' + key, ignored -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .build());
    }
}
