package dev.overload.coach.builtin;

import static dev.overload.coach.builtin.PlanFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import dev.overload.catalog.ExerciseCategory;
import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.catalog.ExerciseType;
import dev.overload.coach.domain.CoachAnswer;
import dev.overload.coach.domain.CoachRequest;
import dev.overload.coach.domain.Lift;
import dev.overload.coach.domain.PlanDiff;
import dev.overload.coach.domain.ProposalCheck;
import dev.overload.planning.CompositePlan;
import dev.overload.planning.PlanTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The built-in coach's rules on the real catalog: a table of queries × plans with the kind of change each must
 * make, and a property-style check over generated plans that every suggestion is a valid plan.
 */
@ApiTest
class BuiltInCoachTests {

    @Autowired
    ExerciseCatalog exerciseCatalog;
    @Autowired
    IntentRecognizer recognizer;

    PlanFixtures plans;
    BuiltInCoach coach;
    Map<UUID, ExerciseSummary> byId;

    @BeforeEach
    void setUp() {
        plans = new PlanFixtures(exerciseCatalog.usableBy(UUID.randomUUID()));
        coach = new BuiltInCoach(recognizer);
        byId = plans.catalog.stream().collect(Collectors.toMap(ExerciseSummary::id, e -> e));
    }

    PlanTree upperLower() {
        return plans.plan(
                Map.entry("Lower", List.of(slot("Barbell Back Squat", 3, 8, 100), slot("Barbell Romanian Deadlift", 3,
                        10, 80), slot("Leg Extension", 3, 12, 40))),
                Map.entry("Upper", List.of(slot("Barbell Bench Press", 3, 8, 80), slot("Barbell Bent-Over Row", 3, 10,
                        60), slot("Dumbbell Curl", 2, 12, 12))));
    }

    PlanTree threeDays() {
        return plans.plan(
                Map.entry("Push", List.of(slot("Barbell Bench Press", 3, 8, 80), slot("Dumbbell Fly", 3, 12, 14))),
                Map.entry("Pull", List.of(slot("Barbell Bent-Over Row", 3, 8, 70), slot("Dumbbell Curl", 3, 12, 12))),
                Map.entry("Legs", List.of(slot("Barbell Back Squat", 4, 6, 110), slot("Lying Leg Curl", 3, 12, 35))));
    }

    record Row(String query, PlanTree plan, Map<UUID, Lift> history, BiConsumer<PlanTree, CompositePlan> expect) {
    }

    List<Row> table() {
        UUID squat = plans.byName.get("Barbell Back Squat").id();
        Map<UUID, Lift> strongSquat = Map.of(squat,
                new Lift(new BigDecimal("160"), new BigDecimal("140"), 4, LocalDate.parse("2026-10-30")));
        return List.of(
                new Row("more strength", upperLower(), strongSquat, (before, after) -> {
                    // compound: 5 reps, one more set, heavier from the e1RM: 160 / (1 + 7/30) = 129.7 → 127.5
                    assertThat(reps(after, 0, 0)).containsOnly(5).hasSize(4);
                    assertThat(weights(after, 0, 0)).containsOnly(new BigDecimal("127.50"));
                    assertThat(reps(after, 0, 2)).containsOnly(8).hasSize(3); // isolation: 8, sets kept
                    assertThat(after.days().get(0).exercises().get(0).details().restTimeSeconds()).isEqualTo(180);
                }),
                new Row("I want to build muscle", upperLower(), Map.of(), (before, after) -> {
                    assertThat(reps(after, 1, 0)).containsOnly(8).hasSize(4);
                    assertThat(reps(after, 1, 2)).containsOnly(12).hasSize(3);
                }),
                new Row("improve my endurance with high reps", upperLower(), Map.of(), (before, after) -> {
                    assertThat(reps(after, 0, 0)).containsOnly(15).hasSizeBetween(2, 3);
                    assertThat(weights(after, 0, 0).getFirst()).isLessThan(new BigDecimal("100"));
                }),
                new Row("I need to lose fat", upperLower(), Map.of(), (before, after) -> after.days()
                        .forEach(day -> assertThat(category(day.exercises().getLast()))
                                .isEqualTo(ExerciseCategory.CARDIO))),
                new Row("bring up my chest", upperLower(), Map.of(), (before, after) -> {
                    assertThat(after.days().get(1).exercises().get(0).sets()).hasSize(4);
                    assertThat(after.days().get(1).exercises()).hasSize(4);
                    assertThat(byId.get(after.days().get(1).exercises().getLast().details().exerciseId())
                            .primaryMuscleGroup()).isEqualTo("chest");
                    assertThat(after.days().get(0).exercises()).hasSize(3);
                }),
                new Row("add plyometrics", upperLower(), Map.of(), (before, after) -> {
                    assertThat(category(after.days().get(0).exercises().getFirst()))
                            .isEqualTo(ExerciseCategory.PLYOMETRICS);
                    assertThat(after.days().get(1).exercises()).hasSize(3);
                }),
                new Row("add mobility work", upperLower(), Map.of(), (before, after) -> after.days()
                        .forEach(day -> assertThat(category(day.exercises().getFirst()))
                                .isIn(ExerciseCategory.MOBILITY, ExerciseCategory.STRETCHING))),
                new Row("I can only train 2 days a week", threeDays(), Map.of(), (before, after) -> {
                    assertThat(after.days()).hasSize(2);
                    Set<UUID> kept = after.days().stream().flatMap(day -> day.exercises().stream())
                            .map(exercise -> exercise.details().exerciseId()).collect(Collectors.toSet());
                    assertThat(kept).contains(plans.byName.get("Barbell Back Squat").id());
                }),
                new Row("I can train four days a week now", upperLower(), Map.of(), (before, after) -> {
                    assertThat(after.days()).hasSize(4);
                    assertThat(after.days().get(2).id()).isNull();
                    assertThat(after.days().get(2).exercises()).isNotEmpty();
                }),
                new Row("my sessions must fit in 20 minutes", threeDays(), Map.of(), (before, after) -> after.days()
                        .forEach(day -> assertThat(minutes(day)).isLessThanOrEqualTo(20))),
                new Row("deload week please", upperLower(), Map.of(), (before, after) -> {
                    assertThat(reps(after, 0, 0)).hasSize(2);
                    assertThat(weights(after, 0, 0)).containsOnly(new BigDecimal("90.00"));
                    assertThat(after.days().get(0).exercises().get(0).sets()).allSatisfy(
                            set -> assertThat(set.target().rir()).isEqualTo(4));
                }),
                new Row("I only have dumbbells", upperLower(), Map.of(), (before, after) -> after.days()
                        .forEach(day -> day.exercises().forEach(exercise -> assertThat(
                                byId.get(exercise.details().exerciseId()).equipment())
                                .isSubsetOf("dumbbell")))),
                new Row("stronger legs but only dumbbells", upperLower(), Map.of(), (before, after) -> {
                    after.days().forEach(day -> day.exercises().forEach(exercise -> assertThat(
                            byId.get(exercise.details().exerciseId()).equipment()).isSubsetOf("dumbbell")));
                    assertThat(after.days().get(0).exercises()).hasSizeGreaterThan(3);
                    assertThat(after.days().get(0).exercises().getFirst().sets()).allSatisfy(
                            set -> assertThat(set.target().reps()).isEqualTo(5));
                }),
                new Row("what's the weather like", upperLower(), Map.of(), (before, after) -> assertThat(after)
                        .isNull()),
                new Row("deload week please", plans.plan(), Map.of(), (before, after) -> assertThat(after).isNull()));
    }

    @Test
    void eachQueryMakesItsKindOfChange() {
        List<String> failures = new ArrayList<>();
        for (Row row : table()) {
            CoachAnswer answer = coach.suggest(new CoachRequest(row.query(), row.plan(), plans.catalog,
                    row.history()));
            try {
                row.expect().accept(row.plan(), answer.plan());
                if (answer.plan() != null) {
                    assertThat(ProposalCheck.problems(row.plan(), answer.plan(), byId.keySet())).isEmpty();
                    assertThat(PlanDiff.of(row.plan(), answer.plan(), Map.of()).changesAnything()).isTrue();
                }
            } catch (AssertionError failure) {
                failures.add(row.query() + ": " + failure.getMessage() + "\n  " + answer.message());
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Property: for any generated plan and any query, a suggestion is a valid plan (bounds, ids of the same parent,
     * usable exercises, no exercise added twice to a day) and the same query on the same plan suggests the same.
     */
    @Test
    void everySuggestionForAnyPlanIsAValidPlan() {
        List<String> queries = List.of("get stronger", "build muscle", "more endurance", "lose fat",
                "more work for my back", "add plyometrics", "add stretching", "fewer days", "I can train 5 days a week",
                "shorter sessions, 30 minutes", "deload", "only dumbbells", "I train at home", "no barbell",
                "stronger legs but only dumbbells", "bigger arms and shorter workouts", "more glutes, add mobility");
        Random random = new Random(16);
        int suggestions = 0;
        for (int i = 0; i < 300; i++) {
            PlanTree plan = plans.random(random);
            String query = queries.get(random.nextInt(queries.size()));
            CoachAnswer answer = coach.suggest(new CoachRequest(query, plan, plans.catalog, Map.of()));
            if (answer.plan() == null) {
                continue;
            }
            suggestions++;
            assertThat(ProposalCheck.problems(plan, answer.plan(), byId.keySet())).as(query).isEmpty();
            assertThat(answer.plan().days()).hasSizeLessThanOrEqualTo(ProposalCheck.MAX_DAYS);
            assertThat(coach.suggest(new CoachRequest(query, plan, plans.catalog, Map.of())).plan())
                    .isEqualTo(answer.plan());
        }
        assertThat(suggestions).isGreaterThan(200);
    }

    private static List<Integer> reps(CompositePlan plan, int day, int exercise) {
        return plan.days().get(day).exercises().get(exercise).sets().stream().map(set -> set.target().reps())
                .toList();
    }

    private static List<BigDecimal> weights(CompositePlan plan, int day, int exercise) {
        return plan.days().get(day).exercises().get(exercise).sets().stream().map(set -> set.target().weightKg())
                .toList();
    }

    private ExerciseCategory category(CompositePlan.Exercise exercise) {
        return byId.get(exercise.details().exerciseId()).category();
    }

    private static int minutes(CompositePlan.Day day) {
        int seconds = day.exercises().stream().mapToInt(exercise -> exercise.sets().size()
                * (PlanRules.SECONDS_PER_SET + (exercise.details().restTimeSeconds() == null ? PlanRules.DEFAULT_REST
                        : exercise.details().restTimeSeconds())))
                .sum();
        return (seconds + 59) / 60;
    }

    static boolean isCompound(ExerciseSummary exercise) {
        return exercise.type() == ExerciseType.COMPOUND;
    }
}
