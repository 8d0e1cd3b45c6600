package dev.overload.identity.web;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.overload.identity.AccountViewPart;
import dev.overload.identity.Role;
import dev.overload.identity.domain.Gender;
import dev.overload.shared.units.HeightUnit;
import dev.overload.identity.domain.Theme;
import dev.overload.identity.domain.User;
import dev.overload.shared.units.WeightUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** One's own account, preferences flat beside it, as {@code PATCH /api/users/me} takes them. */
record UserResponse(
        UUID id,
        String username,
        @Nullable String email,
        Role role,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable Gender gender,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer age,
        @Nullable BigDecimal height,
        WeightUnit weightUnit,
        HeightUnit heightUnit,
        Theme theme,
        ZoneId timeZone,
        boolean emailReminders,
        int aiSuggestionsRemaining,
        boolean telegramLinked,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastLogin,
        @JsonAnyGetter Map<String, Object> parts) {

    /** @param parts what other modules keep of the account (see {@link AccountViewPart}) */
    static UserResponse from(User user, LocalDate today, Map<String, Object> parts) {
        return new UserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getRole(),
                user.getFirstName(), user.getLastName(), user.getGender(), user.getDateOfBirth(), user.age(today),
                user.getHeightUnit().fromCentimetres(user.getHeightCm()),
                user.getWeightUnit(), user.getHeightUnit(), user.getTheme(), user.getTimeZone(),
                user.getEmailReminders(), user.getAiSuggestionsRemaining(), user.hasTelegram(), user.getCreatedAt(),
                user.getUpdatedAt(), user.getLastLogin(), parts);
    }
}
