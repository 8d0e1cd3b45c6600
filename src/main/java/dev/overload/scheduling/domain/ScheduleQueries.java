package dev.overload.scheduling.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.scheduling.ScheduledWorkouts;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.training.TrainingSessions;
import dev.overload.training.TrainingSessions.LinkedSession;
import dev.overload.training.SessionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Occurrences of a user's schedules in a window, with their statuses: two statements whatever the window
 * (the schedules, which keep their plan's and day's names, then the sessions that perform them).
 */
@Component
public class ScheduleQueries implements ScheduledWorkouts {

    static final Duration MAX_WINDOW = Duration.ofDays(366);
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    private static final Duration UPCOMING = Duration.ofDays(7);
    /** What is still to do, and what was due. */
    private static final Set<OccurrenceStatus> UPCOMING_STATUSES = EnumSet.of(OccurrenceStatus.PENDING,
            OccurrenceStatus.ACTIVE);
    private static final Set<OccurrenceStatus> DUE = EnumSet.of(OccurrenceStatus.DONE, OccurrenceStatus.MISSED);
    /** Which sessions count for an occurrence, best first. */
    private static final List<SessionStatus> PREFERENCE = List.of(SessionStatus.COMPLETED,
            SessionStatus.IN_PROGRESS, SessionStatus.PENDING, SessionStatus.CANCELLED);

    private final JdbcClient jdbc;
    private final TrainingSessions sessions;
    private final Clock clock;

    ScheduleQueries(JdbcClient jdbc, TrainingSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Occurrences overlapping [from, to) (default: the next 30 days), by start time. */
    public List<ScheduledOccurrence> occurrences(UUID userId, Instant from, Instant to, OccurrenceStatus status) {
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : start.plus(DEFAULT_WINDOW);
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw new InvalidFieldException("to", "must be at most 366 days after from");
        }
        // Occurrences are walked from each schedule's start: a window centuries away would walk for long.
        if (start.isBefore(Schedules.EARLIEST)
                || end.isAfter(clock.instant().plus(Schedules.FURTHEST_AHEAD).plus(MAX_WINDOW))) {
            throw new InvalidFieldException("from", "the window must lie between 2000 and ten years from now");
        }
        Set<OccurrenceStatus> statuses = status != null ? EnumSet.of(status) : EnumSet.allOf(OccurrenceStatus.class);
        return occurrences(userId, start, end, statuses);
    }

    /** The next seven days' workouts still to do: pending or active. */
    public List<ScheduledOccurrence> upcoming(UUID userId) {
        Instant now = clock.instant();
        return occurrences(userId, now, now.plus(UPCOMING), UPCOMING_STATUSES);
    }

    @Override
    public List<DueWorkout> due(UUID userId, Instant from, Instant to) {
        Instant end = Collections.min(List.of(to, clock.instant()));
        if (!end.isAfter(from)) {
            return List.of();
        }
        return occurrences(userId, from, end, DUE).stream().map(ScheduleQueries::due).toList();
    }

    /**
     * The occurrences of the window that covers both answers, each answer taking those that overlap its own window
     * with its statuses: the same occurrences, with the same statuses, as {@link #upcoming} and {@link #due} find.
     */
    @Override
    public Outlook outlook(UUID userId, Instant dueFrom, Instant dueTo) {
        Instant now = clock.instant();
        Instant ahead = now.plus(UPCOMING);
        Instant dueEnd = Collections.min(List.of(dueTo, now));
        List<ScheduledOccurrence> found = occurrences(userId, Collections.min(List.of(dueFrom, now)),
                Collections.max(List.of(dueEnd, ahead)), EnumSet.allOf(OccurrenceStatus.class));
        NextWorkout next = found.stream().filter(occurrence -> UPCOMING_STATUSES.contains(occurrence.status())
                && overlaps(occurrence, now, ahead)).findFirst().map(ScheduleQueries::next).orElse(null);
        List<DueWorkout> due = !dueEnd.isAfter(dueFrom) ? List.of() : found.stream()
                .filter(occurrence -> DUE.contains(occurrence.status()) && overlaps(occurrence, dueFrom, dueEnd))
                .map(ScheduleQueries::due).toList();
        return new Outlook(next, due);
    }

    private static boolean overlaps(ScheduledOccurrence occurrence, Instant from, Instant to) {
        return occurrence.startTime().isBefore(to) && occurrence.endTime().isAfter(from);
    }

    private static NextWorkout next(ScheduledOccurrence occurrence) {
        return new NextWorkout(occurrence.scheduleId(), occurrence.planId(), occurrence.planName(),
                occurrence.dayId(), occurrence.dayName(), occurrence.startTime(), occurrence.endTime(),
                occurrence.status() == OccurrenceStatus.ACTIVE);
    }

    private static DueWorkout due(ScheduledOccurrence occurrence) {
        return new DueWorkout(occurrence.scheduleId(), occurrence.startTime(),
                occurrence.status() == OccurrenceStatus.DONE);
    }

    private List<ScheduledOccurrence> occurrences(UUID userId, Instant from, Instant to, Set<OccurrenceStatus> wanted) {
        List<Row> schedules = jdbc.sql("""
                select id, plan_id, plan_name, day_id, day_name, start_time, end_time, time_zone, remind_before,
                       repeat_weekdays, repeat_until, repeat_count
                from schedules
                where user_id = :user and start_time < :to and (end_time > :from or repeat_weekdays is not null)""")
                .param("user", userId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(ScheduleQueries::row).list();
        if (schedules.isEmpty()) {
            return List.of();
        }
        Map<OccurrenceKey, List<LinkedSession>> performed = sessions.linkedTo(
                schedules.stream().map(Row::id).toList(), from.minus(Schedules.MAX_LENGTH), to).stream()
                .collect(Collectors.groupingBy(
                        session -> new OccurrenceKey(session.scheduleId(), session.occurrenceStart())));
        Instant now = clock.instant();
        List<ScheduledOccurrence> found = new ArrayList<>();
        for (Row schedule : schedules) {
            for (Occurrence occurrence : schedule.recurrence().between(from, to)) {
                Optional<LinkedSession> session = performed
                        .getOrDefault(new OccurrenceKey(schedule.id(), occurrence.start()), List.of())
                        .stream().min(Comparator.comparingInt(linked -> PREFERENCE.indexOf(linked.status())));
                OccurrenceStatus status = status(occurrence, session.map(LinkedSession::status).orElse(null), now);
                if (wanted.contains(status)) {
                    found.add(new ScheduledOccurrence(schedule.id(), schedule.planId(), schedule.planName(),
                            schedule.dayId(), schedule.dayName(), occurrence.start(), occurrence.end(),
                            schedule.remindBefore(), schedule.recurrence().repeat() != null, status,
                            session.map(LinkedSession::sessionId).orElse(null)));
                }
            }
        }
        found.sort(Comparator.comparing(ScheduledOccurrence::startTime).thenComparing(ScheduledOccurrence::scheduleId));
        return found;
    }

    static OccurrenceStatus status(Occurrence occurrence, SessionStatus session, Instant now) {
        if (session == SessionStatus.COMPLETED) {
            return OccurrenceStatus.DONE;
        }
        if (session == SessionStatus.IN_PROGRESS || session == SessionStatus.PENDING) {
            return OccurrenceStatus.ACTIVE;
        }
        if (now.isBefore(occurrence.start())) {
            return OccurrenceStatus.PENDING;
        }
        return now.isBefore(occurrence.end()) ? OccurrenceStatus.ACTIVE : OccurrenceStatus.MISSED;
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Instant start = instant(rs, "start_time");
        Instant end = instant(rs, "end_time");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("plan_name"),
                rs.getObject("day_id", UUID.class), rs.getString("day_name"), rs.getInt("remind_before"),
                Recurrence.stored(start, end, rs.getString("time_zone"), rs.getString("repeat_weekdays"),
                        rs.getObject("repeat_until", LocalDate.class), rs.getObject("repeat_count", Integer.class)));
    }

    private record Row(UUID id, UUID planId, String planName, UUID dayId, String dayName, int remindBefore,
            Recurrence recurrence) {
    }
}
