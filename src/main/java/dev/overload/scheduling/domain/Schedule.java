package dev.overload.scheduling.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * One of a user's plans (or one day of it) placed in the calendar, once or weekly, with a reminder
 * {@code remindBefore} minutes before each occurrence. {@code nextReminderAt} is when the next reminder is
 * due (null when none is): the reminder job finds due schedules by it.
 */
@Entity
@Table(name = "schedules")
public class Schedule extends AuditedEntity {

    private UUID userId;
    private UUID planId;
    private UUID dayId;
    private String planName;
    private String dayName;
    private Instant startTime;
    private Instant endTime;
    private String timeZone;
    private int remindBefore;
    private String repeatWeekdays;
    private LocalDate repeatUntil;
    private Integer repeatCount;
    private Instant nextReminderAt;

    protected Schedule() {
    }

    Schedule(UUID userId) {
        this.userId = userId;
    }

    void place(ScheduleDraft draft, WorkoutNames names, ZoneId zone, Instant now) {
        planId = draft.planId();
        dayId = draft.dayId();
        name(names);
        startTime = draft.startTime();
        endTime = draft.endTime();
        timeZone = zone.getId();
        remindBefore = draft.remindBefore();
        WeeklyRepeat repeat = draft.repeat();
        repeatWeekdays = repeat == null ? null : Weekdays.format(repeat.weekdays());
        repeatUntil = repeat == null ? null : repeat.until();
        repeatCount = repeat == null ? null : repeat.count();
        planNextReminder(now);
    }

    /** What the schedule trains, as its plan and day are named now. */
    void name(WorkoutNames names) {
        planName = names.plan();
        dayName = names.day();
    }

    /** Sets the next reminder to that of the first occurrence starting after the instant, if any. */
    void planNextReminder(Instant after) {
        nextReminderAt = remindBefore == 0 ? null : recurrence().firstStartingAfter(after)
                .map(occurrence -> occurrence.start().minus(reminderLead()))
                .orElse(null);
    }

    /** The occurrence the due reminder is for. */
    Optional<Instant> remindedOccurrenceStart() {
        return Optional.ofNullable(nextReminderAt).map(at -> at.plus(reminderLead()));
    }

    Duration reminderLead() {
        return Duration.ofMinutes(remindBefore);
    }

    public Recurrence recurrence() {
        return Recurrence.stored(startTime, endTime, timeZone, repeatWeekdays, repeatUntil, repeatCount);
    }

    public WeeklyRepeat repeat() {
        return recurrence().repeat();
    }

    public UUID userId() {
        return userId;
    }

    public UUID planId() {
        return planId;
    }

    public UUID dayId() {
        return dayId;
    }

    /** "Plan – Day", or the plan's name alone when the schedule places the whole plan. */
    public String workoutName() {
        return new WorkoutNames(planName, dayName).workout();
    }

    public Instant startTime() {
        return startTime;
    }

    public Instant endTime() {
        return endTime;
    }

    public String timeZone() {
        return timeZone;
    }

    public int remindBefore() {
        return remindBefore;
    }

    public Instant nextReminderAt() {
        return nextReminderAt;
    }
}
