/**
 * The fitness club (seed 002): memberships and the club's currency, clients (one per account, invited by email
 * when new), their trainers (who then act for them everywhere through identity's access grants), club trainings
 * (each one an Overload plan of the client with one day, placed in the client's calendar when dated, so the
 * client trains it as any workout and the trainer sees planned against done), club training plans grouping
 * trainings, the daily membership job and the club's reports. Nothing below it knows that clubs exist.
 */
@ApplicationModule(displayName = "Club", allowedDependencies = {"shared::*", "identity", "notifications", "catalog",
        "planning", "training", "scheduling", "reporting", "jobs"})
@NullMarked
package dev.overload.club;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
