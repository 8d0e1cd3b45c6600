package dev.overload.catalog.domain;

import dev.overload.catalog.Difficulty;
import dev.overload.catalog.ExerciseCategory;

/**
 * Narrowing the catalog: {@code search} in name and description (case and accents ignored),
 * {@code muscleGroup} a muscle group slug or body region (primary or secondary), {@code equipment} a slug
 * or {@code bodyweight}, {@code custom} only custom (true) or only system (false) exercises.
 */
public record ExerciseFilter(String search, String muscleGroup, String equipment, ExerciseCategory category,
        Difficulty difficulty, Boolean custom) {
}
