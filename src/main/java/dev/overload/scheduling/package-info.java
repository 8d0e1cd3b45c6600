/**
 * Scheduling: workouts placed in the calendar (once or weekly in the user's time zone), their occurrences
 * and statuses, reminders (in the app and by email, through notifications) from a durable job, and a
 * calendar feed that calendar apps subscribe to.
 */
@ApplicationModule(displayName = "Scheduling",
        allowedDependencies = {"shared::*", "identity", "notifications", "planning", "training"})
@NullMarked
package dev.overload.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
