package dev.overload.wellness.domain;

import dev.overload.shared.errors.NotFoundException;
import dev.overload.wellness.DailyMetricsRecorded;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and deleting a user's days; each change is announced ({@link DailyMetricsRecorded}). */
@Service
public class DailyMetrics {

    private final DailyMetricRepository days;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DailyMetrics(DailyMetricRepository days, Dates dates, ApplicationEventPublisher events, Clock clock) {
        this.days = days;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the whole day (a new one, or replacing what was recorded), a day up to today in the user's zone.
     * Answered from memory after the write, not read back.
     */
    @Transactional
    public DayView record(UUID userId, ZoneId zone, LocalDate date, DayEntry entry) {
        dates.require(date, zone, "date");
        Instant now = clock.instant();
        SleepNight.check(date, entry.sleepStart(), entry.sleepEnd(), zone, now);
        Limits.check(entry);
        days.claim(userId, date, now);
        DailyMetric day = days.findForUpdate(userId, date).orElseThrow();
        day.replace(entry);
        days.flush();
        events.publishEvent(new DailyMetricsRecorded(userId, date));
        return day.view();
    }

    @Transactional
    public void delete(UUID userId, ZoneId zone, LocalDate date) {
        dates.require(date, zone, "date");
        if (days.deleteDay(userId, date) == 0) {
            throw new NotFoundException("Daily metrics");
        }
        events.publishEvent(new DailyMetricsRecorded(userId, date));
    }
}
