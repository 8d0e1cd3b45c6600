package dev.overload.coach.builtin;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mends typos before a query is embedded: a word of five letters or more that the coach does not know, one edit
 * away from a word of its intents' phrases (or a few more training words), becomes that word ("strenght" →
 * "strength", "endurence" → "endurance"). The sentence model reads a misspelt word as different word pieces.
 */
final class Spelling {

    private static final List<String> TRAINING_WORDS = List.of("strength", "stronger", "endurance", "hypertrophy",
            "muscle", "muscles", "flexibility", "flexible", "mobility", "stretching", "plyometrics", "explosive",
            "conditioning", "cardio", "deload", "recovery", "workout", "workouts", "sessions", "training", "heavier",
            "lighter", "shorter", "dumbbells", "kettlebells", "exercises", "weight");

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    Spelling() {
        TRAINING_WORDS.forEach(known::add);
    }

    void learn(String phrase) {
        known.addAll(QueryDetails.words(phrase));
    }

    String corrected(String text) {
        List<String> words = QueryDetails.words(text);
        StringBuilder mended = new StringBuilder();
        for (String word : words) {
            String replacement = word;
            if (word.length() >= 5 && !known.contains(word)) {
                for (String candidate : known) {
                    if (candidate.length() >= 5 && QueryDetails.withinOneEdit(word, candidate)) {
                        replacement = candidate;
                        break;
                    }
                }
            }
            if (!mended.isEmpty()) {
                mended.append(' ');
            }
            mended.append(replacement);
        }
        return mended.isEmpty() ? text : mended.toString();
    }
}
