package dev.overload.scheduling.domain;

import dev.overload.identity.Users;
import dev.overload.notifications.Emails;
import dev.overload.notifications.Notifications;
import dev.overload.identity.Users.Contact;
import dev.overload.training.TrainingSessions;
import dev.overload.training.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final ScheduleRepository schedules;
    private final Notifications notifications;
    private final TrainingSessions sessions;
    private final Users users;
    private final Emails emails;
    private final Clock clock;

    Reminders(ScheduleRepository schedules, Notifications notifications, TrainingSessions sessions,
            Users users, Emails emails,
            Clock clock) {
        this.schedules = schedules;
        this.notifications = notifications;
        this.sessions = sessions;
        this.users = users;
        this.emails = emails;
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
        Map<UUID, Contact> contacts = users
                .contacts(upcoming.stream().map(Schedule::userId).collect(Collectors.toSet()));
        for (Schedule schedule : upcoming) {
            Instant occurrence = schedule.remindedOccurrenceStart().orElseThrow();
            Contact contact = contacts.get(schedule.userId());
            if (contact != null && !performed.contains(new OccurrenceKey(schedule.getId(), occurrence))) {
                remind(schedule, occurrence, contact);
            }
        }
        for (Schedule schedule : due) {
            Instant occurrence = schedule.remindedOccurrenceStart().orElseThrow();
            schedule.planNextReminder(occurrence.isAfter(now) ? occurrence : now);
        }
        return due.size();
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

    private void remind(Schedule schedule, Instant occurrence, Contact contact) {
        String workout = schedule.workoutName();
        String when = WHEN.format(occurrence.atZone(schedule.recurrence().zone()));
        String title = "Workout reminder: " + workout;
        String body = workout + " starts " + when + " (" + schedule.timeZone() + ").\n\nHave a good session!";
        notifications.remind(schedule.userId(), schedule.getId(), occurrence, title, body)
                .filter(notificationId -> reminderAddress(contact) != null)
                .ifPresent(notificationId -> emails.queue(ReminderEmails.KIND, notificationId));
    }

    /** Where a user's reminders are emailed: nowhere without an address or with email reminders off. */
    static String reminderAddress(Contact contact) {
        return contact.emailReminders() ? contact.email() : null;
    }
}
