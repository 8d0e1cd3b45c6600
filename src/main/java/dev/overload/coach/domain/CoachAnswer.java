package dev.overload.coach.domain;

import dev.overload.planning.CompositePlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A coach's answer: its message, and the whole plan as it proposes it (kept parts by their ids, new parts without
 * one), or null when it changes nothing. {@code intents} say what the coach understood (for the record);
 * {@code newExercises} describe the exercises the plan names by provisional id.
 */
public record CoachAnswer(String message, @Nullable CompositePlan plan, List<String> intents,
        List<NewExercise> newExercises) {

    public CoachAnswer(String message, @Nullable CompositePlan plan, List<String> intents) {
        this(message, plan, intents, List.of());
    }

    public static CoachAnswer unchanged(String message, List<String> intents) {
        return new CoachAnswer(message, null, intents);
    }
}
