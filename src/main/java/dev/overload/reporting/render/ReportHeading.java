package dev.overload.reporting.render;

import dev.overload.shared.units.WeightUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What every report says first: what it is, whose, over which of their days, in which units and zone, made when.
 *
 * @param from the first day of the period (in {@code timeZone}); null for a plan, which has no period
 */
public record ReportHeading(String title, String userName, @Nullable LocalDate from, @Nullable LocalDate to,
        WeightUnit weightUnit, ZoneId timeZone, Instant generatedAt) {
}
