package dev.overload.club.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client as read (weights in kilograms, heights in centimetres). */
public record ClientView(UUID id, UUID userId, UUID membershipId, AccessLevel accessLevel, String firstName,
        String lastName, String phoneNumber, @Nullable Gender gender, LocalDate dateOfBirth,
        @Nullable BigDecimal weightKg, @Nullable BigDecimal heightCm, ClientStatus status,
        @Nullable LocalDate membershipStartedOn, @Nullable LocalDate membershipEndsOn, @Nullable UUID trainerId,
        Instant createdAt, Instant updatedAt) {
}
