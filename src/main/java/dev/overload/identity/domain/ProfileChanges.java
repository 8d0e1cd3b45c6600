package dev.overload.identity.domain;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A partial update of one's own account: a {@code null} field is left as it is, an empty Optional clears
 * it (where it may be cleared), a present one sets it.
 *
 * @param height in the height unit the account has after this change
 */
public record ProfileChanges(
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<Gender> gender,
        Optional<LocalDate> dateOfBirth,
        Optional<BigDecimal> height,
        Optional<String> email,
        Optional<WeightUnit> weightUnit,
        Optional<HeightUnit> heightUnit,
        Optional<Theme> theme,
        Optional<ZoneId> timeZone,
        Optional<Boolean> emailReminders) {
}
