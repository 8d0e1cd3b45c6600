package dev.overload.coach.builtin;

import static dev.overload.coach.builtin.Intent.CONDITIONING;
import static dev.overload.coach.builtin.Intent.DELOAD;
import static dev.overload.coach.builtin.Intent.EMPHASIS;
import static dev.overload.coach.builtin.Intent.ENDURANCE;
import static dev.overload.coach.builtin.Intent.EQUIPMENT;
import static dev.overload.coach.builtin.Intent.FEWER_DAYS;
import static dev.overload.coach.builtin.Intent.HYPERTROPHY;
import static dev.overload.coach.builtin.Intent.MOBILITY;
import static dev.overload.coach.builtin.Intent.MORE_DAYS;
import static dev.overload.coach.builtin.Intent.PLYOMETRICS;
import static dev.overload.coach.builtin.Intent.SHORTER_SESSIONS;
import static dev.overload.coach.builtin.Intent.STRENGTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in coach's understanding, measured: paraphrases written for this test (none is one of an intent's own
 * phrases; some with typos, some mixing requests) must map to exactly the expected intents, and queries about
 * something else to none. Prints the accuracy, the time per query and the memory the model adds, and writes them
 * to {@code target/coach-intents.txt}.
 */
class IntentRecognitionTests {

    /** The share of paraphrases that must be understood exactly. */
    static final double REQUIRED_ACCURACY = 0.9;

    static SentenceEmbeddings embeddings;
    static IntentRecognizer recognizer;
    static long loadMillis;
    static long residentBeforeKb;
    static long residentAfterKb;
    static final List<String> report = new ArrayList<>();

    record Case(String query, Set<Intent> expected) {
    }

    static Case when(String query, Intent... expected) {
        return new Case(query, Set.of(expected));
    }

    static final List<Case> PARAPHRASES = List.of(
            when("make me stronger", STRENGTH),
            when("more power on the big lifts", STRENGTH),
            when("less volume, heavier", STRENGTH),
            when("I'd like to hit a new PR on my deadlift", STRENGTH),
            when("focus on strenght please", STRENGTH),
            when("I want to pack on size", HYPERTROPHY),
            when("help me put on muscle", HYPERTROPHY),
            when("hypertrophy focus", HYPERTROPHY),
            when("I want to look jacked", HYPERTROPHY),
            when("more reps lighter weight so I can last longer", ENDURANCE),
            when("I'm training for a marathon and want muscles that don't fatigue", ENDURANCE),
            when("improve my muscle endurence", ENDURANCE),
            when("I want to slim down", CONDITIONING),
            when("help me drop some weight", CONDITIONING),
            when("better cardio fitness", CONDITIONING),
            when("I need to get rid of my belly fat", CONDITIONING),
            when("add some jumping exercises", PLYOMETRICS),
            when("I want to jump higher for basketball", PLYOMETRICS),
            when("plyos please", PLYOMETRICS),
            when("make me more flexible", MOBILITY),
            when("I can't touch my toes, help", MOBILITY),
            when("add some stretches", MOBILITY),
            when("I can only make it to the gym 2 days a week", FEWER_DAYS),
            when("cut it down to three days", FEWER_DAYS),
            when("I'm too busy to train four times a week", FEWER_DAYS),
            when("I'd like to train an extra day", MORE_DAYS),
            when("add one more workout each week", MORE_DAYS),
            when("I have time for six sessions a week now", MORE_DAYS),
            when("my sessions need to fit in 30 minutes", SHORTER_SESSIONS),
            when("workouts are too long, make them shorter", SHORTER_SESSIONS),
            when("quick sessions on lunch break", SHORTER_SESSIONS),
            when("I'm exhausted, give me an easier week", DELOAD),
            when("need a recovery week, my joints ache", DELOAD),
            when("deload pls", DELOAD),
            when("I only have a pair of dumbells", EQUIPMENT),
            when("working out in my apartment with no equipment", EQUIPMENT),
            when("my gym closed so I'm training at home", EQUIPMENT),
            when("kettlebells only", EQUIPMENT),
            when("bring up my chest", EMPHASIS),
            when("my sholders are lagging", EMPHASIS),
            when("more glute work", EMPHASIS),
            when("stronger legs but only dumbbells", STRENGTH, EMPHASIS, EQUIPMENT),
            when("build muscle and add plyometrics", HYPERTROPHY, PLYOMETRICS),
            when("I want to get stronger, add some plyometrics too", STRENGTH, PLYOMETRICS),
            when("lose fat with shorter workouts", CONDITIONING, SHORTER_SESSIONS),
            when("deload this week and add mobility", DELOAD, MOBILITY),
            when("bigger arms, training at home", HYPERTROPHY, EMPHASIS, EQUIPMENT),
            when("fewer days but heavier lifting", FEWER_DAYS, STRENGTH));

    static final List<String> UNRELATED = List.of(
            "what's the weather tomorrow",
            "tell me a joke",
            "asdf qwerty",
            "who won the game last night",
            "recommend a good pizza place",
            "how do I reset my password",
            "hello there",
            "is creatine safe to take");

    @BeforeAll
    static void loadModel() {
        residentBeforeKb = residentKb();
        embeddings = new SentenceEmbeddings();
        recognizer = new IntentRecognizer(embeddings);
        long start = System.nanoTime();
        recognizer.understand("warm up");
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        residentAfterKb = residentKb();
    }

    @Test
    void theModelLoadsOnFirstUseOnly() {
        assertThat(new SentenceEmbeddings().isLoaded()).isFalse();
        assertThat(embeddings.isLoaded()).isTrue();
    }

    @Test
    void paraphrasesMapToTheirIntents() {
        assertThat(PARAPHRASES).hasSizeGreaterThanOrEqualTo(40);
        List<String> intentPhrases = Arrays.stream(Intent.values()).flatMap(intent -> intent.phrases().stream())
                .toList();
        assertThat(PARAPHRASES).extracting(Case::query).doesNotContainAnyElementsOf(intentPhrases);
        List<String> misses = new ArrayList<>();
        long start = System.nanoTime();
        int right = 0;
        for (Case c : PARAPHRASES) {
            Set<Intent> got = Set.copyOf(recognizer.understand(c.query()).intents());
            if (got.equals(c.expected())) {
                right++;
            } else {
                misses.add(c.query() + " → " + got + " (expected " + c.expected() + ") "
                        + top(c.query()));
            }
        }
        double millisPerQuery = (System.nanoTime() - start) / 1e6 / PARAPHRASES.size();
        double accuracy = (double) right / PARAPHRASES.size();
        report.add(String.format("paraphrases: %d/%d exactly right (%.1f %%), %.1f ms per query", right,
                PARAPHRASES.size(), accuracy * 100, millisPerQuery));
        misses.forEach(miss -> report.add("  miss: " + miss));
        assertThat(accuracy).as(String.join("\n", misses)).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    @Test
    void queriesAboutSomethingElseAreNotUnderstood() {
        UNRELATED.forEach(query -> report.add("  unrelated: " + query + " " + top(query)));
        List<String> understood = UNRELATED.stream()
                .filter(query -> recognizer.understand(query).understood())
                .map(query -> query + " " + top(query)).toList();
        report.add(String.format("unrelated queries: %d/%d not understood", UNRELATED.size() - understood.size(),
                UNRELATED.size()));
        assertThat(understood).isEmpty();
    }

    @Test
    void readsTheDetails() {
        Understanding mixed = recognizer.understand("stronger legs but only dumbbells");
        assertThat(mixed.bodyPart()).isEqualTo("legs");
        assertThat(mixed.allowedEquipment()).containsExactly("dumbbell");
        assertThat(recognizer.understand("no barbell available").excludedEquipment()).containsExactly("barbell");
        assertThat(recognizer.understand("my sholders are lagging").bodyPart()).isEqualTo("shoulders");
        assertThat(recognizer.understand("I can only train 3 days a week").days()).isEqualTo(3);
        assertThat(recognizer.understand("train twice a week").days()).isEqualTo(2);
        assertThat(recognizer.understand("sessions of 45 minutes at most").minutes()).isEqualTo(45);
        assertThat(recognizer.understand("half an hour per workout").minutes()).isEqualTo(30);
        assertThat(recognizer.understand("I train at home").atHome()).isTrue();
    }

    @AfterAll
    static void writeReport() throws Exception {
        report.add(0, String.format("model load + intent phrases: %d ms; resident memory %d MB → %d MB (+%d MB)",
                loadMillis, residentBeforeKb / 1024, residentAfterKb / 1024,
                (residentAfterKb - residentBeforeKb) / 1024));
        String text = String.join("\n", report);
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/coach-intents.txt"), text + "\n");
    }

    private static String top(String query) {
        Map<Intent, Double> scores = recognizer.scores(query);
        return scores.entrySet().stream().sorted(Map.Entry.<Intent, Double>comparingByValue().reversed()).limit(3)
                .map(entry -> entry.getKey() + String.format("=%.2f", entry.getValue()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The process's resident set (heap, native memory of ONNX Runtime, code), from /proc. */
    private static long residentKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (Exception e) {
            return 0;
        }
    }
}
