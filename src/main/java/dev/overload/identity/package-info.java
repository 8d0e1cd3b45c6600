/**
 * Accounts and authentication: registration, login with RS256 access tokens and rotated refresh tokens,
 * password reset by email, Telegram login, profiles and preferences, roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.overload.identity;
