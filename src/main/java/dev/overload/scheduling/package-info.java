/**
 * Scheduling: workouts placed in the calendar (once or weekly in the user's time zone), their occurrences
 * and statuses, reminders by email and in-app notification on the durable job scheduler, and a calendar
 * feed that calendar apps subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.overload.scheduling;
