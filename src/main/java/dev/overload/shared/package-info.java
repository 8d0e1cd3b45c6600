/**
 * What every module shares: the current user, the data directory, and named interfaces for errors
 * ({@code errors}), paging ({@code paging}), units ({@code units}), dense ordering ({@code ordering}),
 * persistence base types ({@code persistence}) and security helpers ({@code security}). Its {@code web},
 * {@code config} and {@code database} packages (the one error handler, OpenAPI, the clock, the embedded
 * PostgreSQL) are internal.
 */
@ApplicationModule(displayName = "Shared kernel")
@NullMarked
package dev.overload.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
