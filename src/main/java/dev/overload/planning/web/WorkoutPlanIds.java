package dev.overload.planning.web;

import dev.overload.shared.errors.InvalidFieldException;
import java.util.UUID;

/** Seed 003 types exercise ids as strings; ours are UUIDs, and anything else names no exercise. */
final class WorkoutPlanIds {

    private WorkoutPlanIds() {
    }

    static UUID exerciseId(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidFieldException(field, "must be the id of an existing exercise");
        }
    }
}
