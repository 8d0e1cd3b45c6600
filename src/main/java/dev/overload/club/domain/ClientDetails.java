package dev.overload.club.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A client's own fields as given (weights in kilograms, heights in centimetres); null keeps a value. */
public record ClientDetails(String firstName, String lastName, String phoneNumber, Gender gender,
        LocalDate dateOfBirth, BigDecimal weightKg, BigDecimal heightCm, ClientStatus status,
        LocalDate membershipStartedOn, LocalDate membershipEndsOn) {

    /** Whether any field that only the club's administrators change is given. */
    boolean touchesMembership() {
        return status != null || membershipStartedOn != null || membershipEndsOn != null;
    }
}
