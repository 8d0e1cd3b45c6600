package dev.overload.identity.web;

import dev.overload.identity.Role;
import dev.overload.identity.domain.Gender;
import dev.overload.identity.domain.HeightUnit;
import dev.overload.identity.domain.Theme;
import dev.overload.identity.domain.User;
import dev.overload.identity.WeightUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** One's own account, preferences flat beside it, as {@code PATCH /api/users/me} takes them. */
record UserResponse(
        UUID id,
        String username,
        String email,
        Role role,
        String firstName,
        String lastName,
        Gender gender,
        LocalDate dateOfBirth,
        Integer age,
        WeightUnit weightUnit,
        HeightUnit heightUnit,
        Theme theme,
        ZoneId timeZone,
        boolean emailReminders,
        UUID activeTrainingPlanId,
        int aiSuggestionsRemaining,
        boolean telegramLinked,
        Instant createdAt,
        Instant updatedAt,
        Instant lastLogin) {

    static UserResponse from(User user, LocalDate today) {
        return new UserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getRole(),
                user.getFirstName(), user.getLastName(), user.getGender(), user.getDateOfBirth(), user.age(today),
                user.getWeightUnit(), user.getHeightUnit(), user.getTheme(), user.getTimeZone(),
                user.getEmailReminders(), user.getActiveTrainingPlanId(),
                user.getAiSuggestionsRemaining(), user.hasTelegram(), user.getCreatedAt(), user.getUpdatedAt(),
                user.getLastLogin());
    }
}
