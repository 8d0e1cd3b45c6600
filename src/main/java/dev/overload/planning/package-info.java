/**
 * Training plans: a plan's ordered days, exercises and target sets, progression rules, comments and
 * copies, and the plan each user trains now (seed 004's profile); served as seed 004's
 * {@code /api/training-plans} tree and as seed 003's {@code /api/workout-plans}.
 */
@ApplicationModule(displayName = "Planning", allowedDependencies = {"shared::*", "identity", "catalog"})
@NullMarked
package dev.overload.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
