/**
 * Wellness: each user's days (seed 001's daily metrics) — last night's sleep, how they felt, body weight, body
 * fat, resting heart rate, steps, water, girths and meals with their nutrition — and, for the modules above, the
 * same days as series in canonical units (kilograms, centimetres) and an event whenever a day changes.
 */
@ApplicationModule(displayName = "Wellness", allowedDependencies = {"shared::*"})
@NullMarked
package dev.overload.wellness;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
