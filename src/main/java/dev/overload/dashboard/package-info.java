/**
 * The dashboard (seed 001): each user's default view and their widgets, in an order they choose, and the
 * composed dashboard that answers every visible widget with its data in one response; also the training
 * summary with adherence ({@code /api/stats/summary}), which composes training and scheduling.
 */
@ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"shared::*", "catalog", "planning", "training", "scheduling", "wellness",
                "insights"})
@NullMarked
package dev.overload.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
