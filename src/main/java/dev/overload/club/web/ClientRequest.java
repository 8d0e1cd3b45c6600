package dev.overload.club.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.club.domain.ClientDetails;
import dev.overload.club.domain.ClientStatus;
import dev.overload.club.domain.Gender;
import dev.overload.shared.errors.InvalidFieldException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's fields (seed 002). Creating one takes {@code user_id} (an existing account) or {@code email} (a
 * new account, invited by email), and needs the names, phone number and date of birth; on update left-out
 * fields are kept. Weight in kilograms and height in centimetres ({@code height_sm}, seed 002's name).
 */
@JsonIgnoreProperties({"id", "access_level", "trainer_id", "weight", "height", "weight_unit", "height_unit",
        "created_at", "updated_at"})
record ClientRequest(
        UUID userId,
        @Email @Size(max = 100) String email,
        UUID membershipId,
        @Size(min = 1, max = 50) String firstName,
        @Size(min = 1, max = 80) String lastName,
        @Size(max = 20) @Pattern(regexp = "\\+[1-9][0-9]{6,14}",
                message = "must be an E.164 number: + then 7 to 15 digits") String phoneNumber,
        Gender gender,
        @Past LocalDate dateOfBirth,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("999.99") @Digits(integer = 3,
                fraction = 2) BigDecimal weightKg,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("999.99") @Digits(integer = 3,
                fraction = 2) BigDecimal heightSm,
        ClientStatus status,
        LocalDate membershipStartedOn,
        LocalDate membershipEndsOn) {

    ClientDetails toDetails() {
        return new ClientDetails(firstName, lastName, phoneNumber, gender, dateOfBirth, weightKg, heightSm, status,
                membershipStartedOn, membershipEndsOn);
    }

    /** What a new client must have. */
    ClientRequest requireForCreate() {
        require(firstName, "first_name");
        require(lastName, "last_name");
        require(phoneNumber, "phone_number");
        require(dateOfBirth, "date_of_birth");
        return this;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
    }
}
