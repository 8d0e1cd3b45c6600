package dev.overload.identity.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.identity.domain.Gender;
import dev.overload.shared.units.HeightUnit;
import dev.overload.identity.domain.ProfileChanges;
import dev.overload.identity.domain.Theme;
import dev.overload.shared.units.WeightUnit;
import dev.overload.shared.errors.InvalidFieldException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A partial update: a field left out stays as it is; {@code null} clears names, gender, date of birth and
 * height, and is refused for email and preferences. Height is in the height unit of the request, or else the
 * account's (50–300 cm, 19.69–118.11 in). {@code current_password} is needed to change the email.
 */
@JsonIgnoreProperties({"id", "username", "role", "age", "ai_suggestions_remaining", "telegram_linked", "created_at",
        "updated_at", "last_login"})
record UpdateMeRequest(
        Optional<@Size(max = 100) String> firstName,
        Optional<@Size(max = 100) String> lastName,
        Optional<Gender> gender,
        Optional<@Past LocalDate> dateOfBirth,
        Optional<@DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal> height,
        Optional<@NotBlank @Size(max = 254) @Email(regexp = ValidEmail.PATTERN,
                message = ValidEmail.MESSAGE) String> email,
        Optional<WeightUnit> weightUnit,
        Optional<HeightUnit> heightUnit,
        Optional<Theme> theme,
        Optional<@Size(max = 64) String> timeZone,
        Optional<Boolean> emailReminders,
        @Size(max = 128) String currentPassword) {

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** A region name from the IANA time-zone database, such as Europe/Berlin. */
    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("time_zone", "must be a time zone such as Europe/Berlin");
        }
    }

    ProfileChanges toChanges() {
        if (dateOfBirth != null && dateOfBirth.isPresent() && dateOfBirth.get().isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidFieldException("date_of_birth", "must be on or after " + EARLIEST_BIRTH_DATE);
        }
        // A left-out field is a null Optional: keep it null so the account's email stays as it is.
        Optional<String> strippedEmail = email == null ? null : email.map(String::strip);
        return new ProfileChanges(firstName, lastName, gender, dateOfBirth, height, strippedEmail, weightUnit,
                heightUnit, theme, timeZone == null ? null : timeZone.map(UpdateMeRequest::zone), emailReminders);
    }
}
