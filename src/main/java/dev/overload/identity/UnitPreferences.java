package dev.overload.identity;

import java.util.UUID;

/** The units a user works in, for modules that show or accept weights. */
public interface UnitPreferences {

    WeightUnit weightUnit(UUID userId);
}
