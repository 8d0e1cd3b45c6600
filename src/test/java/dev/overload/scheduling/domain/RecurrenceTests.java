package dev.overload.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static List<Instant> starts(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::start).toList();
    }

    @Test
    void aScheduleWithoutRepeatOccursOnce() {
        Recurrence once = new Recurrence(at("2026-03-02T17:00:00Z"), at("2026-03-02T18:00:00Z"), BERLIN, null);

        assertThat(once.between(at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")))
                .containsExactly(new Occurrence(at("2026-03-02T17:00:00Z"), at("2026-03-02T18:00:00Z")));
        assertThat(once.firstStartingAfter(at("2026-03-02T17:00:00Z"))).isEmpty();
    }

    @Test
    void aWeeklyRepeatKeepsLocalTimeAcrossTheSpringChange() {
        // Europe/Berlin moves from UTC+1 to UTC+2 on Sunday 29 March 2026: 07:00 local is 06:00Z, then 05:00Z.
        Recurrence mondays = new Recurrence(at("2026-03-16T06:00:00Z"), at("2026-03-16T07:00:00Z"), BERLIN,
                new WeeklyRepeat(Set.of(DayOfWeek.MONDAY), null, null));

        assertThat(starts(mondays.between(at("2026-03-16T00:00:00Z"), at("2026-04-07T00:00:00Z"))))
                .containsExactly(at("2026-03-16T06:00:00Z"), at("2026-03-23T06:00:00Z"), at("2026-03-30T05:00:00Z"),
                        at("2026-04-06T05:00:00Z"));
        assertThat(mondays.between(at("2026-03-30T00:00:00Z"), at("2026-03-31T00:00:00Z")).getFirst().end())
                .isEqualTo(at("2026-03-30T06:00:00Z"));
    }

    @Test
    void aWeeklyRepeatKeepsLocalTimeAcrossTheAutumnChange() {
        // New York leaves daylight saving on Sunday 1 November 2026: 18:00 local is 22:00Z, then 23:00Z.
        Recurrence evenings = new Recurrence(at("2026-10-27T22:00:00Z"), at("2026-10-27T23:30:00Z"), NEW_YORK,
                new WeeklyRepeat(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, 4));

        assertThat(starts(evenings.between(at("2026-10-01T00:00:00Z"), at("2026-12-01T00:00:00Z"))))
                .containsExactly(at("2026-10-27T22:00:00Z"), at("2026-10-29T22:00:00Z"), at("2026-11-03T23:00:00Z"),
                        at("2026-11-05T23:00:00Z"));
    }

    @Test
    void aLocalTimeTheChangeSkipsMovesForwardByTheGap() {
        // 02:30 does not exist in Berlin on 29 March 2026; that Sunday's occurrence is at 03:30 local (01:30Z).
        Recurrence sundays = new Recurrence(at("2026-03-22T01:30:00Z"), at("2026-03-22T02:30:00Z"), BERLIN,
                new WeeklyRepeat(Set.of(DayOfWeek.SUNDAY), null, 3));

        assertThat(starts(sundays.between(at("2026-03-01T00:00:00Z"), at("2026-05-01T00:00:00Z"))))
                .containsExactly(at("2026-03-22T01:30:00Z"), at("2026-03-29T01:30:00Z"), at("2026-04-05T00:30:00Z"));
    }

    @Test
    void untilIsAnInclusiveLocalDateAndCountLimitsTheOccurrences() {
        Recurrence untilWednesday = new Recurrence(at("2026-06-01T10:00:00Z"), at("2026-06-01T11:00:00Z"),
                ZoneOffset.UTC, new WeeklyRepeat(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        LocalDate.parse("2026-06-10"), null));
        Recurrence threeTimes = new Recurrence(at("2026-06-01T10:00:00Z"), at("2026-06-01T11:00:00Z"),
                ZoneOffset.UTC, new WeeklyRepeat(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), null, 3));

        Instant from = at("2026-01-01T00:00:00Z");
        Instant to = at("2027-01-01T00:00:00Z");
        assertThat(starts(untilWednesday.between(from, to))).containsExactly(at("2026-06-01T10:00:00Z"),
                at("2026-06-03T10:00:00Z"), at("2026-06-08T10:00:00Z"), at("2026-06-10T10:00:00Z"));
        assertThat(starts(threeTimes.between(from, to))).containsExactly(at("2026-06-01T10:00:00Z"),
                at("2026-06-03T10:00:00Z"), at("2026-06-08T10:00:00Z"));
    }

    @Test
    void theFirstOccurrenceIsOnTheFirstRepeatWeekdayOnOrAfterTheStart() {
        // 2026-06-02 is a Tuesday; the repeat is on Fridays.
        Recurrence fridays = new Recurrence(at("2026-06-02T10:00:00Z"), at("2026-06-02T11:00:00Z"), ZoneOffset.UTC,
                new WeeklyRepeat(Set.of(DayOfWeek.FRIDAY), null, null));

        assertThat(fridays.firstStartingAfter(at("2026-01-01T00:00:00Z")).orElseThrow().start())
                .isEqualTo(at("2026-06-05T10:00:00Z"));
    }

    @Test
    void aWindowHoldsTheOccurrencesThatOverlapIt() {
        Recurrence daily = new Recurrence(at("2026-06-01T10:00:00Z"), at("2026-06-01T12:00:00Z"), ZoneOffset.UTC,
                new WeeklyRepeat(Set.of(DayOfWeek.values()), null, null));

        // The one running at 11:00 is in; the one starting at the window's end is not.
        assertThat(starts(daily.between(at("2026-06-03T11:00:00Z"), at("2026-06-05T10:00:00Z"))))
                .containsExactly(at("2026-06-03T10:00:00Z"), at("2026-06-04T10:00:00Z"));
    }

    @Test
    void theNearestOccurrenceIsTheOneWhoseStartIsClosest() {
        Recurrence mondaysAndThursdays = new Recurrence(at("2026-06-01T10:00:00Z"), at("2026-06-01T11:00:00Z"),
                ZoneOffset.UTC, new WeeklyRepeat(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, null));

        assertThat(mondaysAndThursdays.nearest(at("2026-06-03T09:00:00Z"), Duration.ofDays(7)).orElseThrow().start())
                .isEqualTo(at("2026-06-04T10:00:00Z"));
        assertThat(mondaysAndThursdays.nearest(at("2026-06-02T09:00:00Z"), Duration.ofDays(7)).orElseThrow().start())
                .isEqualTo(at("2026-06-01T10:00:00Z"));
        assertThat(mondaysAndThursdays.nearest(at("2026-01-01T00:00:00Z"), Duration.ofDays(7))).isEmpty();
    }
}
