package dev.overload.shared.security;

import java.time.Duration;

/** At most {@code capacity} attempts per {@code period}, refilled gradually. */
public record RateLimit(long capacity, Duration period) {
}
