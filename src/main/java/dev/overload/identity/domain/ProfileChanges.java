package dev.overload.identity.domain;

import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A partial update of one's own account: a {@code null} field is left as it is, an empty Optional clears
 * it (where it may be cleared), a present one sets it.
 */
public record ProfileChanges(
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<Gender> gender,
        Optional<LocalDate> dateOfBirth,
        Optional<String> email,
        Optional<WeightUnit> weightUnit,
        Optional<HeightUnit> heightUnit,
        Optional<Theme> theme,
        Optional<ZoneId> timeZone,
        Optional<Boolean> emailReminders) {
}
