package dev.overload.wellness.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overload.shared.errors.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The night a date's sleep belongs to, in the user's zone, including days whose length changes. */
class SleepNightTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 29);
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void noNightIsFine() {
        assertThatCode(() -> SleepNight.check(DATE, null, null, BERLIN, NOW)).doesNotThrowAnyException();
    }

    @Test
    void theNightEndsBetween18HoursTheEveningBeforeAndMidnightOfTheDate() {
        // 2026-03-29 is the day Berlin moves its clocks forward: 02:00 CET becomes 03:00 CEST.
        accepted(berlin("2026-03-28T18:00"), 4);
        accepted(berlin("2026-03-29T07:00"), 8);
        accepted(berlin("2026-03-29T23:59:59"), 8);
        refused(berlin("2026-03-28T17:59:59"), "the evening before");
        refused(berlin("2026-03-30T00:00"), "the evening before");
    }

    @Test
    void aNightAcrossTheClockChangeIsAnHourShorter() {
        Instant start = berlin("2026-03-28T23:00");
        Instant end = berlin("2026-03-29T07:00");
        assertThatCode(() -> SleepNight.check(DATE, start, end, BERLIN, NOW)).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThat(new DayEntry(start, end, null, null, null, null).sleepHours())
                .isEqualByComparingTo("7");
    }

    @Test
    void aNightHasBothEndsInOrderAtMost24HoursAndInThePast() {
        Instant end = berlin("2026-03-29T07:00");
        assertThatThrownBy(() -> SleepNight.check(DATE, null, end, BERLIN, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> field(e, "sleep_start"));
        assertThatThrownBy(() -> SleepNight.check(DATE, end, null, BERLIN, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> field(e, "sleep_end"));
        assertThatThrownBy(() -> SleepNight.check(DATE, end, end, BERLIN, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> field(e, "sleep_end"));
        assertThatThrownBy(() -> SleepNight.check(DATE, end.minusSeconds(24 * 3600 + 1), end, BERLIN, NOW))
                .hasMessageContaining("24 hours");
        assertThatCode(() -> SleepNight.check(DATE, end.minusSeconds(24 * 3600), end, BERLIN, NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SleepNight.check(DATE, end.minusSeconds(3600), end, BERLIN, end.minusSeconds(1)))
                .hasMessageContaining("future");
    }

    private static void accepted(Instant end, int hours) {
        assertThatCode(() -> SleepNight.check(DATE, end.minusSeconds(hours * 3600L), end, BERLIN, NOW))
                .doesNotThrowAnyException();
    }

    private static void refused(Instant end, String message) {
        assertThatThrownBy(() -> SleepNight.check(DATE, end.minusSeconds(6 * 3600), end, BERLIN, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> field(e, "sleep_end"))
                .hasMessageContaining(message);
    }

    private static void field(InvalidFieldException e, String field) {
        org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
    }

    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
