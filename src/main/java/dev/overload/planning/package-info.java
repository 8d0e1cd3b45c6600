/**
 * Training plans: a plan's ordered days, exercises and target sets, progression rules, comments and
 * copies; served as seed 004's {@code /api/training-plans} tree and as seed 003's {@code /api/workout-plans}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package dev.overload.planning;
