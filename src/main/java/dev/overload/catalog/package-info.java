/**
 * The exercise catalog: muscle groups, equipment, Overload's system exercises and each user's custom
 * exercises, searchable, with per-user usage history.
 */
@ApplicationModule(displayName = "Exercise catalog", allowedDependencies = {"shared::*"})
@NullMarked
package dev.overload.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
