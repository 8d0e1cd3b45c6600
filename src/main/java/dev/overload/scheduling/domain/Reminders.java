package dev.overload.scheduling.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import dev.overload.identity.SchedulingPreferences;
import dev.overload.identity.SchedulingPreferences.ReminderRecipient;
import dev.overload.shared.Mailer;
import dev.overload.shared.OutgoingMail;
import dev.overload.training.ScheduledSessions;
import dev.overload.training.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workout reminders. The reminder job takes the schedules whose reminder is due (locked, so two instances
 * share the work), records an in-app notification per occurrence (once: the notification is the gate) and
 * queues its email as a job of its own, which retries with back-off when SMTP fails. No reminder goes out
 * for an occurrence that has started, has a session, or belongs to a deleted account or schedule.
 */
@Component
public class Reminders {

    /** One email per reminder notification; the task instance is the notification id. */
    public static final TaskDescriptor<Void> EMAIL = TaskDescriptor.of("reminder-email");
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final ScheduleRepository schedules;
    private final Notifications notifications;
    private final ScheduledSessions sessions;
    private final SchedulingPreferences preferences;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    // The scheduler is built from the tasks, which call this class: it is looked up when first needed.
    private final ObjectProvider<SchedulerClient> jobs;
    private final Clock clock;

    Reminders(ScheduleRepository schedules, Notifications notifications, ScheduledSessions sessions,
            SchedulingPreferences preferences, JdbcClient jdbc, Mailer mailer, ObjectProvider<SchedulerClient> jobs,
            Clock clock) {
        this.schedules = schedules;
        this.notifications = notifications;
        this.sessions = sessions;
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Handles up to a batch of due reminders; returns how many schedules it took. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        List<Schedule> due = schedules.lockDueReminders(now, BATCH);
        // An occurrence that has begun gets no reminder (the service was down when it was due).
        List<Schedule> upcoming = due.stream()
                .filter(schedule -> schedule.remindedOccurrenceStart().orElseThrow().isAfter(now)).toList();
        // What the reminders need is read for the whole batch at once, not per schedule.
        Set<OccurrenceKey> performed = performed(upcoming);
        Map<UUID, ReminderRecipient> recipients = preferences.reminderRecipients(
                upcoming.stream().map(Schedule::userId).collect(Collectors.toSet()));
        Map<UUID, String> workouts = workoutNames(upcoming);
        for (Schedule schedule : upcoming) {
            Instant occurrence = schedule.remindedOccurrenceStart().orElseThrow();
            ReminderRecipient recipient = recipients.get(schedule.userId());
            if (recipient != null && !performed.contains(new OccurrenceKey(schedule.getId(), occurrence))) {
                remind(schedule, occurrence, workouts.get(schedule.getId()), recipient);
            }
        }
        for (Schedule schedule : due) {
            Instant occurrence = schedule.remindedOccurrenceStart().orElseThrow();
            schedule.planNextReminder(occurrence.isAfter(now) ? occurrence : now);
        }
        return due.size();
    }

    /** Sends a reminder's email, unless the notification is gone or the user no longer wants email. */
    @Transactional(readOnly = true)
    public void sendEmail(UUID notificationId) {
        Optional<Notifications.Addressed> addressed = notifications.addressed(notificationId);
        Optional<String> email = addressed
                .map(found -> preferences.reminderRecipients(List.of(found.userId())).get(found.userId()))
                .map(ReminderRecipient::email);
        if (email.isEmpty()) {
            log.info("Reminder {} not emailed: no address or email reminders are off", notificationId);
            return;
        }
        NotificationView notification = addressed.get().notification();
        mailer.deliver(new OutgoingMail(email.get(), notification.title(), notification.body()));
    }

    /** The occurrences among the schedules' reminded ones that a (not cancelled) session performs. */
    private Set<OccurrenceKey> performed(List<Schedule> upcoming) {
        if (upcoming.isEmpty()) {
            return Set.of();
        }
        List<Instant> starts = upcoming.stream().map(schedule -> schedule.remindedOccurrenceStart().orElseThrow())
                .toList();
        return sessions.linkedTo(upcoming.stream().map(Schedule::getId).toList(), Collections.min(starts),
                Collections.max(starts).plusNanos(1_000)).stream()
                .filter(session -> session.status() != SessionStatus.CANCELLED)
                .map(session -> new OccurrenceKey(session.scheduleId(), session.occurrenceStart()))
                .collect(Collectors.toSet());
    }

    private void remind(Schedule schedule, Instant occurrence, String workout, ReminderRecipient recipient) {
        String when = WHEN.format(occurrence.atZone(schedule.recurrence().zone()));
        String title = "Workout reminder: " + workout;
        String body = workout + " starts " + when + " (" + schedule.timeZone() + ").\n\nHave a good session!";
        notifications.remind(schedule.userId(), schedule.getId(), occurrence, title, body)
                .filter(notificationId -> recipient.email() != null)
                .ifPresent(notificationId -> jobs.getObject()
                        .scheduleIfNotExists(EMAIL.instance(notificationId.toString()).scheduledTo(clock.instant())));
    }

    /** "Plan – Day" (or the plan's name alone) of each schedule. */
    private Map<UUID, String> workoutNames(List<Schedule> upcoming) {
        if (upcoming.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("""
                select s.id, p.name || coalesce(' – ' || d.name, '') from schedules s
                join training_plans p on p.id = s.plan_id
                left join training_plan_days d on d.id = s.day_id
                where s.id = any(:ids)""")
                .param("ids", upcoming.stream().map(Schedule::getId).toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }
}
