package dev.overload.scheduling.domain;

import dev.overload.identity.Users;
import dev.overload.planning.PlannedDay;
import dev.overload.planning.TrainingPlans;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.contract.ETags;
import dev.overload.shared.errors.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing, moving and removing a user's schedules. A schedule's reminder is planned in the same
 * transaction, so the reminder job never sees a schedule without it (or a deleted one with it).
 */
@Service
public class Schedules {

    /** How long one occurrence may last. */
    static final Duration MAX_LENGTH = Duration.ofHours(24);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead a schedule may start. */
    static final Duration FURTHEST_AHEAD = Duration.ofDays(3660);

    private final ScheduleRepository schedules;
    private final TrainingPlans plans;
    private final Users users;
    private final Clock clock;

    Schedules(ScheduleRepository schedules, TrainingPlans plans,
            Users users, Clock clock) {
        this.schedules = schedules;
        this.plans = plans;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Schedule create(UUID userId, ScheduleDraft draft) {
        Schedule schedule = new Schedule(userId);
        place(userId, schedule, draft);
        return schedules.save(schedule);
    }

    @Transactional(readOnly = true)
    public Schedule get(UUID userId, UUID scheduleId) {
        return schedules.findByIdAndUserId(scheduleId, userId).orElseThrow(() -> new NotFoundException("Schedule"));
    }

    /** Replaces the whole schedule; its reminders follow the new times. */
    @Transactional
    public Schedule replace(UUID userId, UUID scheduleId, ScheduleDraft draft) {
        Schedule schedule = get(userId, scheduleId);
        ETags.requireMatch(schedule.getVersion());
        place(userId, schedule, draft);
        return schedule;
    }

    @Transactional
    public void delete(UUID userId, UUID scheduleId) {
        Schedule schedule = get(userId, scheduleId);
        ETags.requireMatch(schedule.getVersion());
        schedules.delete(schedule);
    }

    private void place(UUID userId, Schedule schedule, ScheduleDraft draft) {
        ZoneId zone = users.timeZone(userId);
        check(draft, zone);
        schedule.place(withDefaultWeekday(draft, zone), names(userId, draft), zone, clock.instant());
    }

    /** Not found unless the plan (and the day) is the user's. */
    private WorkoutNames names(UUID userId, ScheduleDraft draft) {
        if (draft.dayId() == null) {
            return new WorkoutNames(plans.ownPlanName(userId, draft.planId()), null);
        }
        PlannedDay day = plans.plannedDay(userId, draft.planId(), draft.dayId());
        return new WorkoutNames(day.planName(), day.name());
    }

    private void check(ScheduleDraft draft, ZoneId zone) {
        if (!draft.endTime().isAfter(draft.startTime())) {
            throw new InvalidFieldException("end_time", "must be after start_time");
        }
        if (Duration.between(draft.startTime(), draft.endTime()).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidFieldException("end_time", "must be at most 24 hours after start_time");
        }
        if (draft.startTime().isBefore(EARLIEST) || draft.startTime().isAfter(clock.instant().plus(FURTHEST_AHEAD))) {
            throw new InvalidFieldException("start_time", "must be between 2000 and ten years from now");
        }
        WeeklyRepeat repeat = draft.repeat();
        if (repeat != null && repeat.until() != null && repeat.count() != null) {
            throw new InvalidFieldException("repeat.count", "give until or count, not both");
        }
        if (repeat != null && repeat.until() != null
                && repeat.until().isBefore(LocalDate.ofInstant(draft.startTime(), zone))) {
            throw new InvalidFieldException("repeat.until", "must not be before the day of start_time");
        }
    }

    /** A weekly repeat without weekdays repeats on the start's weekday, in the user's zone. */
    private static ScheduleDraft withDefaultWeekday(ScheduleDraft draft, ZoneId zone) {
        WeeklyRepeat repeat = draft.repeat();
        if (repeat == null || !repeat.weekdays().isEmpty()) {
            return draft;
        }
        WeeklyRepeat onStartDay = new WeeklyRepeat(EnumSet.of(draft.startTime().atZone(zone).getDayOfWeek()),
                repeat.until(), repeat.count());
        return new ScheduleDraft(draft.planId(), draft.dayId(), draft.startTime(), draft.endTime(),
                draft.remindBefore(), onStartDay);
    }
}
