/**
 * The coach (seed 004's {@code /suggest}): plan suggestions from the built-in coach (offline, deterministic
 * rules chosen by a small sentence-embedding model) or from any OpenAI-compatible model, shown as the plan with
 * what changed marked, kept so a user can look back, and applied through the planning module's composite update
 * only when the user says so, answering the plan as planning answers it (its published plan response). Each
 * delivered suggestion costs one of identity's AI suggestions. Composes the planning, catalog, training and
 * identity APIs; reads no other module's tables.
 */
@ApplicationModule(displayName = "Coach",
        allowedDependencies = {"shared::*", "identity", "catalog", "planning", "planning::plan-response", "training"})
@NullMarked
package dev.overload.coach;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
