package dev.overload.coach.builtin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The details of a query that are names rather than meaning: which body part, which equipment, how many days or
 * minutes. Words are matched with one typo allowed in words of five letters or more ("sholders", "dumbels").
 */
final class QueryDetails {

    /** Words for body parts, to the catalog's muscle group slugs or body regions. */
    private static final Map<String, String> BODY_PARTS = new LinkedHashMap<>();
    /** Words for equipment, to the catalog's equipment slugs; "bodyweight" is no equipment at all. */
    private static final Map<String, String> EQUIPMENT = new LinkedHashMap<>();
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("once", 1),
            Map.entry("two", 2), Map.entry("twice", 2), Map.entry("three", 3), Map.entry("thrice", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fortyfive", 45), Map.entry("sixty", 60),
            Map.entry("twenty", 20), Map.entry("fifty", 50), Map.entry("ninety", 90));
    private static final Set<String> NEGATIONS = Set.of("no", "without", "dont", "don't", "not", "lack", "never");
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Pattern DAYS = Pattern.compile(
            "\\b(\\d|one|two|three|four|five|six|seven|once|twice|thrice)\\s*(x|times|days?|sessions?)?\\s*(a|per|each|every)?\\s*(week|wk)\\b"
                    + "|\\b(\\d|one|two|three|four|five|six|seven)[- ]days?\\b");
    private static final Pattern MINUTES = Pattern.compile(
            "\\b(\\d{1,3}|twenty|thirty|forty|fortyfive|fifty|sixty|ninety)\\s*(-|\\s)?(min|mins|minutes?|m)\\b");

    static {
        body("legs", "leg", "legs", "lower body", "lowerbody");
        body("quadriceps", "quad", "quads", "quadriceps", "thigh", "thighs");
        body("hamstrings", "hamstring", "hamstrings", "hammies");
        body("glutes", "glute", "glutes", "butt", "booty", "bum", "hips");
        body("calves", "calf", "calves");
        body("chest", "chest", "pecs", "pec", "pectorals");
        body("back", "back");
        body("lats", "lat", "lats");
        body("upper_back", "upper back", "rhomboids");
        body("traps", "trap", "traps", "trapezius");
        body("shoulders", "shoulder", "shoulders", "delts", "delt", "deltoids");
        body("arms", "arm", "arms", "upper body arms");
        body("biceps", "bicep", "biceps", "bis");
        body("triceps", "tricep", "triceps", "tris");
        body("forearms", "forearm", "forearms", "grip");
        body("core", "core", "abs", "abdominals", "ab", "stomach", "six pack", "sixpack", "midsection");
        body("obliques", "oblique", "obliques");
        equipment("dumbbell", "dumbbell", "dumbbells", "db", "dbs", "dumbells", "dumbell");
        equipment("kettlebell", "kettlebell", "kettlebells", "kb", "kbs", "kettle bell", "kettle bells");
        equipment("resistance_band", "band", "bands", "resistance band", "resistance bands", "elastic");
        equipment("barbell", "barbell", "barbells", "bar bell");
        equipment("pull_up_bar", "pullup bar", "pull up bar", "chinup bar", "chin up bar");
        equipment("bench", "bench");
        equipment("machine", "machine", "machines");
        equipment("cable", "cable", "cables");
        equipment("gymnastic_rings", "rings");
        equipment("suspension_trainer", "trx", "suspension trainer");
        equipment("bodyweight", "bodyweight", "body weight", "calisthenics", "no equipment");
    }

    private QueryDetails() {
    }

    private static void body(String part, String... words) {
        for (String word : words) {
            BODY_PARTS.put(word, part);
        }
    }

    private static void equipment(String slug, String... words) {
        for (String word : words) {
            EQUIPMENT.put(word, slug);
        }
    }

    /** The first body part the query names, the more specific one when a phrase and a word overlap. */
    static @Nullable String bodyPart(String query) {
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size()) {
                String pair = BODY_PARTS.get(words.get(i) + " " + words.get(i + 1));
                if (pair != null) {
                    return pair;
                }
            }
            String part = lookup(BODY_PARTS, words.get(i));
            if (part != null && !(part.equals("back") && isFigurative(words, i))) {
                return part;
            }
        }
        return null;
    }

    /** The text with the body parts it names left out ("stronger legs" → "stronger"). */
    static String withoutBodyParts(String text) {
        List<String> kept = new java.util.ArrayList<>();
        for (String word : words(text)) {
            if (lookup(BODY_PARTS, word) == null && !word.equals("upper") && !word.equals("lower")) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    /** Equipment the query names, split into allowed and excluded ("no barbell", "without machines"). */
    static Map<Boolean, Set<String>> equipment(String query) {
        List<String> words = words(query);
        Set<String> allowed = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String slug = null;
            int length = 1;
            if (i + 2 < words.size()) {
                slug = EQUIPMENT.get(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
                length = 3;
            }
            if (slug == null && i + 1 < words.size()) {
                slug = EQUIPMENT.get(words.get(i) + " " + words.get(i + 1));
                length = 2;
            }
            if (slug == null) {
                slug = lookup(EQUIPMENT, words.get(i));
                length = 1;
            }
            if (slug == null) {
                continue;
            }
            boolean negated = false;
            for (int j = Math.max(0, i - 3); j < i; j++) {
                negated |= NEGATIONS.contains(words.get(j));
            }
            (negated && !slug.equals("bodyweight") ? excluded : allowed).add(slug);
            i += length - 1;
        }
        return Map.of(true, allowed, false, excluded);
    }

    static boolean atHome(String query) {
        List<String> words = words(query);
        return words.contains("home") || words.contains("apartment") || words.contains("garage")
                || words.contains("hotel") || words.contains("travelling") || words.contains("traveling")
                || String.join(" ", words).contains("no gym");
    }

    /** Days a week the query asks for ("3 days a week", "twice a week", "4-day"), if any. */
    static @Nullable Integer days(String query) {
        Matcher matcher = DAYS.matcher(normal(query));
        if (!matcher.find()) {
            return null;
        }
        return number(matcher.group(1) != null ? matcher.group(1) : matcher.group(5));
    }

    /** A session length the query asks for ("30 minutes", "45 min", "half an hour", "an hour"), if any. */
    static @Nullable Integer minutes(String query) {
        String text = normal(query).replace("forty five", "fortyfive").replace("forty-five", "fortyfive");
        if (text.contains("half an hour") || text.contains("half hour")) {
            return 30;
        }
        Matcher matcher = MINUTES.matcher(text);
        if (matcher.find()) {
            return number(matcher.group(1));
        }
        if (text.matches(".*\\b(an|one) hour\\b.*")) {
            return 60;
        }
        return null;
    }

    private static Integer number(String word) {
        return Character.isDigit(word.charAt(0)) ? Integer.valueOf(word) : NUMBERS.get(word);
    }

    /** "back off", "get back to", "come back": not the muscles. */
    private static boolean isFigurative(List<String> words, int i) {
        String before = i > 0 ? words.get(i - 1) : "";
        String after = i + 1 < words.size() ? words.get(i + 1) : "";
        return Set.of("get", "come", "go", "bring", "cut", "dial", "scale", "getting", "coming").contains(before)
                || Set.of("off", "to", "into", "down").contains(after);
    }

    private static @Nullable String lookup(Map<String, String> vocabulary, String word) {
        String exact = vocabulary.get(word);
        if (exact != null || word.length() < 5) {
            return exact;
        }
        for (Map.Entry<String, String> entry : vocabulary.entrySet()) {
            String known = entry.getKey();
            if (known.length() >= 5 && !known.contains(" ") && withinOneEdit(word, known)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** At most one edit apart: an insertion, deletion, substitution or swap of neighbours ("strenght"). */
    static boolean withinOneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int k = 0; k < a.length(); k++) {
                if (a.charAt(k) != b.charAt(k)) {
                    if (differences++ == 0) {
                        first = k;
                    }
                }
            }
            if (differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)) {
                return true;
            }
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    static String normal(String query) {
        return query.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static List<String> words(String query) {
        Matcher matcher = WORD.matcher(normal(query).replace("-", " "));
        List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
