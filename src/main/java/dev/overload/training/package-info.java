/**
 * Training sessions: a performed workout from a plan day or ad hoc, its logged sets, completion with
 * automatic progression, personal records, results and analysis against earlier sessions.
 */
@ApplicationModule(displayName = "Training", allowedDependencies = {"shared::*", "planning", "catalog"})
@NullMarked
package dev.overload.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
