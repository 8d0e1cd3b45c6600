package dev.overload.coach.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON a model must answer ({@link #SCHEMA}): a message, whether it changes the plan, and the whole plan as it
 * proposes it: kept parts with their ids, new parts with a null id; catalog exercises by id; weights in kilograms.
 */
record ModelAnswer(@Nullable String message, @Nullable Boolean modified, @Nullable Plan plan) {

    record Plan(@Nullable String name, @Nullable String description, @Nullable List<Day> days) {
    }

    record Day(@Nullable String id, @Nullable String name, @Nullable String description,
            @Nullable List<Exercise> exercises) {
    }

    record Exercise(@Nullable String id, @Nullable String exerciseId, @Nullable NewExercise newExercise,
            @Nullable Integer restSeconds, @Nullable String notes, @Nullable List<Set> sets) {
    }

    /** An exercise the catalog lacks, fully described; muscle group and equipment by the catalog's slugs. */
    record NewExercise(@Nullable String name, @Nullable String description, @Nullable String category,
            @Nullable String type, @Nullable String primaryMuscleGroup, @Nullable List<String> equipment) {
    }

    record Set(@Nullable String id, @Nullable Integer reps, @Nullable BigDecimal weightKg, @Nullable Integer rir,
            @Nullable Integer durationSeconds) {
    }

    /** JSON Schema (strict: every property required, null where optional, nothing else allowed). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["message", "modified", "plan"],
              "properties": {
                "message": {"type": "string", "description": "What you changed and why, for the user, in a few sentences"},
                "modified": {"type": "boolean", "description": "Whether the plan changes; false: plan is null"},
                "plan": {
                  "anyOf": [{"type": "null"}, {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["name", "description", "days"],
                    "properties": {
                      "name": {"type": "string"},
                      "description": {"type": ["string", "null"]},
                      "days": {"type": "array", "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["id", "name", "description", "exercises"],
                        "properties": {
                          "id": {"type": ["string", "null"], "description": "The day's id if kept, null if new"},
                          "name": {"type": "string"},
                          "description": {"type": ["string", "null"]},
                          "exercises": {"type": "array", "items": {
                            "type": "object",
                            "additionalProperties": false,
                            "required": ["id", "exercise_id", "new_exercise", "rest_seconds", "notes", "sets"],
                            "properties": {
                              "id": {"type": ["string", "null"], "description": "The slot's id if kept in this day, null if new"},
                              "exercise_id": {"type": ["string", "null"], "description": "An id from the catalog given; null only with new_exercise"},
                              "new_exercise": {"anyOf": [{"type": "null"}, {
                                "type": "object",
                                "additionalProperties": false,
                                "required": ["name", "description", "category", "type", "primary_muscle_group", "equipment"],
                                "properties": {
                                  "name": {"type": "string"},
                                  "description": {"type": ["string", "null"]},
                                  "category": {"type": "string", "enum": ["STRENGTH", "POWER", "PLYOMETRICS", "CARDIO", "STRETCHING", "MOBILITY"]},
                                  "type": {"type": "string", "enum": ["COMPOUND", "ISOLATION"]},
                                  "primary_muscle_group": {"type": "string", "description": "A muscle slug used in the catalog"},
                                  "equipment": {"type": "array", "items": {"type": "string"}, "description": "Equipment slugs used in the catalog; empty for bodyweight"}
                                }
                              }]},
                              "rest_seconds": {"type": ["integer", "null"]},
                              "notes": {"type": ["string", "null"]},
                              "sets": {"type": "array", "items": {
                                "type": "object",
                                "additionalProperties": false,
                                "required": ["id", "reps", "weight_kg", "rir", "duration_seconds"],
                                "properties": {
                                  "id": {"type": ["string", "null"], "description": "The set's id if kept, null if new"},
                                  "reps": {"type": "integer"},
                                  "weight_kg": {"type": "number", "description": "0 for bodyweight"},
                                  "rir": {"type": ["integer", "null"], "description": "Reps in reserve, 0-10"},
                                  "duration_seconds": {"type": ["integer", "null"]}
                                }
                              }}
                            }
                          }}
                        }
                      }}
                    }
                  }]
                }
              }
            }""";
}
