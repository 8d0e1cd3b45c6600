/**
 * Notifications: in-app notifications a user reads in the app, and every email, through one durable outbox
 * on the job scheduler whose emails are written when they are sent.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared::*"})
@NullMarked
package dev.overload.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
