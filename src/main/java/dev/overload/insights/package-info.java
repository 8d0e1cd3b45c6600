/**
 * Insights (seed 001's correlation_insights): how a user's wellness and training go together, with honest
 * statistics — Pearson and Spearman coefficients with p-values, the Benjamini–Hochberg correction across
 * every pair tested, and plain-language findings only for what survives it.
 */
@ApplicationModule(displayName = "Insights",
        allowedDependencies = {"shared::*", "identity", "jobs", "training", "wellness"})
@NullMarked
package dev.overload.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
