package dev.overload.wellness;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A user's recorded days as series, for modules that compute with them (insights' correlations, the dashboard's
 * body-weight trend and today's wellness). Values are in canonical units whatever the user sees: kilograms,
 * centimetres, hours, millilitres, grams, kilocalories.
 */
public interface WellnessSeries {

    /**
     * The recorded days in [from, to] (both inclusive), by date; a day without a record is absent. One SQL
     * statement whatever the range (meal totals are summed in it).
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    List<DayMetrics> days(UUID userId, LocalDate from, LocalDate to);
}
