package dev.overload.club.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.overload.club.domain.AccessLevel;
import dev.overload.club.domain.MembershipDraft;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A membership's fields; {@code price} is required when creating one, {@code access_level} defaults to STANDARD. */
@JsonIgnoreProperties({"id", "currency", "created_at", "updated_at"})
record MembershipRequest(
        AccessLevel accessLevel,
        @Size(max = 2000) String description,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal price) {

    MembershipDraft toDraft() {
        return new MembershipDraft(accessLevel, description, price);
    }
}
