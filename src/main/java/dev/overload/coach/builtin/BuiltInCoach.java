package dev.overload.coach.builtin;

import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.coach.domain.Coach;
import dev.overload.coach.domain.CoachAnswer;
import dev.overload.coach.domain.CoachRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in coach: offline and deterministic. It understands the query ({@link IntentRecognizer}) and rewrites
 * the plan by {@link PlanRules}, in a fixed order whatever the order of the query: equipment first (so everything
 * chosen after fits it), one training goal (the first the query names), emphasis, plyometrics, mobility, fewer or
 * more days, shorter sessions, and a deload last. The same query on the same plan and history gives the same answer.
 */
public final class BuiltInCoach implements Coach {

    private static final List<Intent> GOALS = List.of(Intent.STRENGTH, Intent.HYPERTROPHY, Intent.ENDURANCE,
            Intent.CONDITIONING);

    private final IntentRecognizer recognizer;

    public BuiltInCoach(IntentRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "BUILT_IN";
    }

    @Override
    public CoachAnswer suggest(CoachRequest request) {
        Understanding understanding = recognizer.understand(request.query());
        List<String> intents = understanding.intents().stream().map(Intent::name).toList();
        if (!understanding.understood()) {
            return CoachAnswer.unchanged("Sorry, I did not understand what you would like to change. I can make the "
                    + "plan about strength, muscle growth, muscular endurance or conditioning and fat loss; put more "
                    + "emphasis on a muscle group; add plyometrics or mobility; train fewer or more days; make "
                    + "sessions shorter; plan a deload week; or fit the plan to your equipment (\"only dumbbells\", "
                    + "\"at home\"). For example: \"more strength, fewer reps, and only dumbbells\". Nothing was "
                    + "changed and this cost you nothing.", intents);
        }
        Map<UUID, ExerciseSummary> catalog = request.catalog().stream()
                .collect(Collectors.toMap(ExerciseSummary::id, Function.identity()));
        Draft draft = Draft.of(request.plan(), catalog);
        PlanRules rules = new PlanRules(new Catalog(request.catalog()), request.history(), gear(understanding));
        Set<Intent> wanted = new HashSet<>(understanding.intents());
        List<String> done = new ArrayList<>();
        if (wanted.contains(Intent.EQUIPMENT)) {
            add(done, rules.equipment(draft));
        }
        GOALS.stream().filter(wanted::contains).findFirst()
                .or(() -> understanding.intents().stream().filter(GOALS::contains).findFirst())
                .ifPresent(goal -> add(done, rules.goal(draft, goal)));
        if (wanted.contains(Intent.EMPHASIS) && understanding.bodyPart() != null) {
            add(done, rules.emphasis(draft, understanding.bodyPart()));
        }
        if (wanted.contains(Intent.PLYOMETRICS)) {
            add(done, rules.opener(draft, ExerciseCategory.PLYOMETRICS, "Plyometrics"));
        }
        if (wanted.contains(Intent.MOBILITY)) {
            add(done, rules.opener(draft, ExerciseCategory.MOBILITY, "Mobility"));
        }
        if (wanted.contains(Intent.FEWER_DAYS)) {
            add(done, rules.fewerDays(draft, understanding.days()));
        } else if (wanted.contains(Intent.MORE_DAYS)) {
            add(done, rules.moreDays(draft, understanding.days()));
        }
        if (wanted.contains(Intent.SHORTER_SESSIONS)) {
            add(done, rules.shorter(draft, understanding.minutes()));
        }
        if (wanted.contains(Intent.DELOAD)) {
            add(done, rules.deload(draft));
        }
        String understood = "I understood: " + String.join(", ", new LinkedHashSet<>(understanding.intents().stream()
                .map(intent -> intent.description().split(":")[0].toLowerCase(java.util.Locale.ROOT)).toList()))
                + ".";
        if (done.isEmpty()) {
            return CoachAnswer.unchanged(understood + " Your plan has nothing these rules would change, so nothing "
                    + "was changed and this cost you nothing.", intents);
        }
        return new CoachAnswer(understood + " " + String.join(" ", done), draft.toComposite(), intents);
    }

    private static Catalog.Gear gear(Understanding understanding) {
        if (!understanding.intents().contains(Intent.EQUIPMENT)) {
            return Catalog.Gear.ANY;
        }
        Set<String> allowed = new HashSet<>(understanding.allowedEquipment());
        boolean bodyweightOnly = allowed.remove("bodyweight") && allowed.isEmpty();
        if (!allowed.isEmpty() || bodyweightOnly) {
            return new Catalog.Gear(Set.copyOf(allowed), understanding.excludedEquipment());
        }
        if (!understanding.excludedEquipment().isEmpty() && !understanding.atHome()) {
            return new Catalog.Gear(null, understanding.excludedEquipment());
        }
        return new Catalog.Gear(Catalog.Gear.HOME, understanding.excludedEquipment());
    }

    private static void add(List<String> done, String line) {
        if (line != null) {
            done.add(line);
        }
    }
}
