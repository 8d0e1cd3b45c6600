package dev.overload.coach.builtin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Understands a query by meaning: it is cut into clauses ("stronger legs but only dumbbells" → two), each clause is
 * embedded and compared (cosine) with every phrase of every {@link Intent}; a clause means the intent of its most
 * similar phrase when that similarity reaches {@link #THRESHOLD}, else nothing. A query none of whose clauses
 * reaches it is not understood (and costs the user nothing). Details that are names — body part, equipment, days,
 * minutes — are read by {@link QueryDetails}; a body part named alongside a goal also asks for emphasis on it.
 */
public final class IntentRecognizer {

    /** The least cosine similarity between a clause and an intent's phrase that counts as meaning it. */
    public static final double THRESHOLD = 0.45;
    private static final Pattern CLAUSES = Pattern.compile(
            "[,;.!?\\n]+|\\s+(?:and|but|also|plus|while|then|though|however|with)\\s+|\\s*&\\s*");
    private static final Pattern FREQUENCY = Pattern.compile(
            "\\b(days?|weeks?|weekly|times|twice|once|often|frequen\\w*|schedule|gym visits)\\b");
    private static final Pattern MORE = Pattern.compile("\\b(more|extra|another|add|increase|additional)\\b");
    private static final Pattern FEWER = Pattern.compile(
            "\\b(fewer|less|only|cut|reduce|remove|drop|busy|too many|down to|no time|don't have time)\\b");

    private final SentenceEmbeddings embeddings;
    private final Spelling spelling = new Spelling();
    private volatile Map<Intent, List<float[]>> phrases;

    public IntentRecognizer(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    public Understanding understand(String query) {
        Set<Intent> intents = new LinkedHashSet<>();
        List<String> clauses = clauses(query);
        for (String clause : clauses) {
            Scored best = best(clause);
            if (best.score() >= THRESHOLD) {
                intents.add(days(best.intent(), clause));
            }
            // "stronger legs": the body part asks for emphasis (below); what is asked of it, without it.
            String masked = QueryDetails.withoutBodyParts(clause);
            if (best.intent() == Intent.EMPHASIS && !masked.equals(clause) && masked.length() >= 3) {
                Scored goal = best(masked);
                if (goal.intent() != Intent.EMPHASIS && goal.score() >= THRESHOLD) {
                    intents.add(days(goal.intent(), masked));
                }
            }
        }
        if (intents.isEmpty() && clauses.size() > 1) {
            Scored whole = best(query);
            if (whole.score() >= THRESHOLD) {
                intents.add(whole.intent());
            }
        }
        Integer days = QueryDetails.days(query);
        Integer minutes = QueryDetails.minutes(query);
        // "six sessions a week": a number of days without a length is about how often, not how long.
        if (intents.contains(Intent.SHORTER_SESSIONS) && days != null && minutes == null
                && !intents.contains(Intent.FEWER_DAYS) && !intents.contains(Intent.MORE_DAYS)) {
            intents.remove(Intent.SHORTER_SESSIONS);
            intents.add(FEWER.matcher(QueryDetails.normal(query)).find() ? Intent.FEWER_DAYS : Intent.MORE_DAYS);
        }
        String bodyPart = QueryDetails.bodyPart(query);
        Map<Boolean, Set<String>> equipment = QueryDetails.equipment(query);
        boolean atHome = QueryDetails.atHome(query);
        if (!intents.isEmpty() && bodyPart != null) {
            intents.add(Intent.EMPHASIS);
        }
        if (intents.contains(Intent.EMPHASIS) && bodyPart == null) {
            intents.remove(Intent.EMPHASIS);
        }
        if (!intents.isEmpty() && (atHome || !equipment.get(false).isEmpty()
                || mentionsOnly(query) && !equipment.get(true).isEmpty())) {
            intents.add(Intent.EQUIPMENT);
        }
        return new Understanding(List.copyOf(intents), bodyPart, equipment.get(true), equipment.get(false), atHome,
                days, minutes);
    }

    /**
     * "Fewer" and "more" days read alike to the model (they share every other word): the clause's own words say
     * which way, when they do.
     */
    private static Intent days(Intent intent, String clause) {
        if (intent != Intent.FEWER_DAYS && intent != Intent.MORE_DAYS) {
            return intent;
        }
        boolean more = MORE.matcher(clause).find();
        boolean fewer = FEWER.matcher(clause).find();
        if (more && !fewer) {
            return Intent.MORE_DAYS;
        }
        if (fewer && !more) {
            return Intent.FEWER_DAYS;
        }
        return intent;
    }

    /** Each intent's best similarity with the query (for tests and tuning). */
    public Map<Intent, Double> scores(String text) {
        float[] vector = embeddings.embed(spelling().corrected(text));
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        phrases().forEach((intent, vectors) -> scores.put(intent,
                vectors.stream().mapToDouble(phrase -> SentenceEmbeddings.cosine(vector, phrase)).max().orElse(0)));
        return scores;
    }

    /**
     * The intent most like the text; a change of training days counts only when the text speaks of days, weeks,
     * sessions or how often (else the next most like it), as "training" alone pulls toward it.
     */
    private Scored best(String text) {
        boolean aboutFrequency = FREQUENCY.matcher(QueryDetails.normal(text)).find();
        return scores(text).entrySet().stream().map(entry -> new Scored(entry.getKey(), entry.getValue()))
                .filter(scored -> aboutFrequency
                        || scored.intent() != Intent.FEWER_DAYS && scored.intent() != Intent.MORE_DAYS)
                .max(java.util.Comparator.comparingDouble(Scored::score)).orElseThrow();
    }

    static List<String> clauses(String query) {
        List<String> clauses = new ArrayList<>();
        for (String part : CLAUSES.split(QueryDetails.normal(query))) {
            if (part.strip().length() >= 3) {
                clauses.add(part.strip());
            }
        }
        return clauses.isEmpty() ? List.of(query) : clauses;
    }

    private static boolean mentionsOnly(String query) {
        return QueryDetails.normal(query).matches("(?s).*\\b(only|just|nothing but|all i have|i have|got)\\b.*");
    }

    private Spelling spelling() {
        phrases();
        return spelling;
    }

    private Map<Intent, List<float[]>> phrases() {
        Map<Intent, List<float[]>> loaded = phrases;
        if (loaded == null) {
            synchronized (this) {
                loaded = phrases;
                if (loaded == null) {
                    loaded = new EnumMap<>(Intent.class);
                    for (Intent intent : Intent.values()) {
                        loaded.put(intent, embeddings.embedAll(intent.phrases()));
                        intent.phrases().forEach(spelling::learn);
                    }
                    phrases = loaded;
                }
            }
        }
        return loaded;
    }

    private record Scored(Intent intent, double score) {
    }
}
