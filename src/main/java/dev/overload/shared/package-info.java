/**
 * What every module shares: the error vocabulary, paging, the current user, the clock, mail, rate limits,
 * the data directory and the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package dev.overload.shared;
