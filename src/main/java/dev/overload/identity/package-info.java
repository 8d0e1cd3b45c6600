/**
 * Accounts and authentication: registration, login with RS256 access tokens and rotated refresh tokens,
 * password reset by email, Telegram login, profiles and preferences, roles.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"shared::*", "notifications"})
@NullMarked
package dev.overload.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
