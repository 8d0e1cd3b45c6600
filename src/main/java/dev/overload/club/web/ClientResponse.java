package dev.overload.club.web;

import dev.overload.club.domain.AccessLevel;
import dev.overload.club.domain.ClientStatus;
import dev.overload.club.domain.ClientView;
import dev.overload.club.domain.Gender;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client as seed 002 names its fields ({@code weight_kg}, {@code height_sm}), and the same weight and height
 * in the reader's units ({@code weight}, {@code height}).
 */
record ClientResponse(UUID id, UUID userId, UUID membershipId, AccessLevel accessLevel, String firstName,
        String lastName, String phoneNumber, @Nullable Gender gender, LocalDate dateOfBirth,
        @Nullable BigDecimal weightKg, @Nullable BigDecimal heightSm, @Nullable BigDecimal weight,
        WeightUnit weightUnit, @Nullable BigDecimal height, HeightUnit heightUnit, ClientStatus status,
        @Nullable LocalDate membershipStartedOn, @Nullable LocalDate membershipEndsOn, @Nullable UUID trainerId,
        Instant createdAt, Instant updatedAt) {

    static ClientResponse from(ClientView client, CurrentUser reader) {
        return new ClientResponse(client.id(), client.userId(), client.membershipId(), client.accessLevel(),
                client.firstName(), client.lastName(), client.phoneNumber(), client.gender(), client.dateOfBirth(),
                plain(client.weightKg()), plain(client.heightCm()),
                reader.weightUnit().fromKilograms(client.weightKg()),
                reader.weightUnit(), reader.heightUnit().fromCentimetres(client.heightCm()), reader.heightUnit(),
                client.status(), client.membershipStartedOn(), client.membershipEndsOn(), client.trainerId(),
                client.createdAt(), client.updatedAt());
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
