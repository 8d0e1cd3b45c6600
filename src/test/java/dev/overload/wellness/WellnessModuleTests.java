package dev.overload.wellness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.wellness.domain.DailyMetrics;
import dev.overload.wellness.domain.DayEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

/** Wellness on its own (it uses nothing but shared): every change to a day is announced, nothing else is. */
@ModuleTest
class WellnessModuleTests {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    DailyMetrics metrics;

    @Autowired
    WellnessSeries series;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void recordingADayIsAnnounced(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        LocalDate date = yesterday();

        scenario.stimulate(() -> metrics.record(userId, UTC, date, steps(5000)))
                .andWaitForEventOfType(DailyMetricsRecorded.class)
                .matching(event -> event.userId().equals(userId) && event.date().equals(date))
                .toArrive();
        assertThat(series.days(userId, date, date)).extracting(day -> day.readings().steps()).containsExactly(5000);
    }

    @Test
    void replacingAndDeletingADayAreAnnouncedEachTime(PublishedEvents events) {
        UUID userId = Rows.user(jdbc);
        LocalDate date = yesterday();

        metrics.record(userId, UTC, date, steps(1));
        metrics.record(userId, UTC, date, steps(2));
        metrics.delete(userId, UTC, date);

        assertThat(events.ofType(DailyMetricsRecorded.class).matching(DailyMetricsRecorded::userId, userId::equals))
                .hasSize(3).allMatch(event -> event.date().equals(date));
    }

    @Test
    void aRefusedOrMissingDayIsNotAnnounced(PublishedEvents events) {
        UUID userId = Rows.user(jdbc);

        Assertions.assertThatThrownBy(() -> metrics.record(userId, UTC, yesterday().plusDays(2), steps(1)))
                .isInstanceOf(InvalidFieldException.class);
        Assertions.assertThatThrownBy(() -> metrics.delete(userId, UTC, yesterday()))
                .isInstanceOf(NotFoundException.class);

        assertThat(events.ofType(DailyMetricsRecorded.class).matching(DailyMetricsRecorded::userId, userId::equals))
                .isEmpty();
    }

    private LocalDate yesterday() {
        return LocalDate.ofInstant(clock.instant(), UTC).minusDays(1);
    }

    private static DayEntry steps(int steps) {
        return new DayEntry(null, null, new DayMetrics.Readings(null, null, null, null, null, null, null, steps, null),
                null, null, List.of());
    }
}
