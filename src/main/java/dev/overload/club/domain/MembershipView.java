package dev.overload.club.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A membership as read, with the club's currency. */
public record MembershipView(UUID id, AccessLevel accessLevel, @Nullable String description, BigDecimal price,
        String currency, Instant createdAt, Instant updatedAt) {
}
