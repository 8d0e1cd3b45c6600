package dev.overload.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionComparisonTests {

    private static final UUID EXERCISE = UUID.randomUUID();
    private static final UUID PREVIOUS = UUID.randomUUID();

    /** Lifts written as "reps x kg". */
    private static List<Lift> lifts(String... sets) {
        return Arrays.stream(sets).map(set -> {
            String[] parts = set.split("x");
            return new Lift(UUID.randomUUID(), Integer.parseInt(parts[0].strip()), new BigDecimal(parts[1].strip()));
        }).toList();
    }

    private static ExerciseAnalysis compare(List<Lift> now, List<Lift> before) {
        return SessionComparison.compare(EXERCISE, "Squat", PREVIOUS, now, before);
    }

    @Test
    void namesTheExerciseAndThePreviousSession() {
        ExerciseAnalysis analysis = compare(lifts("5x100"), lifts("5x100"));

        assertThat(analysis.exerciseId()).isEqualTo(EXERCISE);
        assertThat(analysis.exerciseName()).isEqualTo("Squat");
        assertThat(analysis.previousSessionId()).isEqualTo(PREVIOUS);
    }

    @Test
    void theSameSessionAgainHoldsEverything() {
        ExerciseAnalysis analysis = compare(lifts("5x100", "5x100", "5x100"), lifts("5x100", "5x100", "5x100"));

        assertThat(analysis.strengthChangeKg()).isEqualByComparingTo("0");
        assertThat(analysis.repsAtWeightChange()).isZero();
        assertThat(analysis.setsAtWeightAndRepsChange()).isZero();
        assertThat(analysis.comparedWeightKg()).isEqualByComparingTo("100");
        assertThat(List.of(analysis.strength(), analysis.repsAtWeight(), analysis.setsAtWeightAndReps(),
                analysis.verdict())).containsOnly("held");
    }

    @Nested
    class Strength {

        @Test
        void aHeavierTopSetImproves() {
            ExerciseAnalysis analysis = compare(lifts("5x100", "3x105"), lifts("5x100"));

            assertThat(analysis.strengthChangeKg()).isEqualByComparingTo("5");
            assertThat(analysis.strength()).isEqualTo("improved");
            assertThat(analysis.verdict()).isEqualTo("improved");
        }

        @Test
        void aLighterTopSetRegresses() {
            ExerciseAnalysis analysis = compare(lifts("5x97.5"), lifts("5x100"));

            assertThat(analysis.strengthChangeKg()).isEqualByComparingTo("-2.5");
            assertThat(analysis.strength()).isEqualTo("regressed");
            assertThat(analysis.verdict()).isEqualTo("regressed");
        }

        @Test
        void theSameTopWeightHolds() {
            ExerciseAnalysis analysis = compare(lifts("5x100", "5x90"), lifts("5x100", "8x80"));

            assertThat(analysis.strengthChangeKg()).isEqualByComparingTo("0");
            assertThat(analysis.strength()).isEqualTo("held");
        }

        @Test
        void aSetWithoutRepsIsNoTopSet() {
            ExerciseAnalysis analysis = compare(lifts("0x120", "5x100"), lifts("5x100"));

            assertThat(analysis.strengthChangeKg()).isEqualByComparingTo("0");
            assertThat(analysis.strength()).isEqualTo("held");
        }
    }

    @Nested
    class RepsAtWeight {

        @Test
        void moreRepsAtTheSameWeightImprove() {
            ExerciseAnalysis analysis = compare(lifts("7x100"), lifts("5x100"));

            assertThat(analysis.repsAtWeightChange()).isEqualTo(2);
            assertThat(analysis.repsAtWeight()).isEqualTo("improved");
            assertThat(analysis.verdict()).isEqualTo("improved");
        }

        @Test
        void fewerRepsAtTheSameWeightRegress() {
            ExerciseAnalysis analysis = compare(lifts("4x100"), lifts("5x100"));

            assertThat(analysis.repsAtWeightChange()).isEqualTo(-1);
            assertThat(analysis.repsAtWeight()).isEqualTo("regressed");
            assertThat(analysis.verdict()).isEqualTo("regressed");
        }

        @Test
        void areComparedAtTheLowerOfTheTwoTopWeights() {
            // 3 reps at 110 count at 100 (the lower top); last time 8 reps at 100
            ExerciseAnalysis analysis = compare(lifts("3x110"), lifts("8x100"));

            assertThat(analysis.comparedWeightKg()).isEqualByComparingTo("100");
            assertThat(analysis.repsAtWeightChange()).isEqualTo(-5);
            assertThat(analysis.repsAtWeight()).isEqualTo("regressed");
        }

        @Test
        void setsLighterThanTheComparedWeightDoNotCount() {
            // compared at 100: the 12 reps at 60 are not reps at weight
            ExerciseAnalysis analysis = compare(lifts("5x100", "12x60"), lifts("5x100", "6x60"));

            assertThat(analysis.comparedWeightKg()).isEqualByComparingTo("100");
            assertThat(analysis.repsAtWeightChange()).isZero();
            assertThat(analysis.repsAtWeight()).isEqualTo("held");
        }
    }

    @Nested
    class SetsAtWeightAndReps {

        @Test
        void moreSetsReachingTheWeightAndRepsImprove() {
            ExerciseAnalysis analysis = compare(lifts("5x100", "5x100", "5x100"), lifts("5x100", "5x100"));

            assertThat(analysis.setsAtWeightAndRepsChange()).isEqualTo(1);
            assertThat(analysis.setsAtWeightAndReps()).isEqualTo("improved");
            assertThat(analysis.verdict()).isEqualTo("improved");
        }

        @Test
        void fewerSetsRegress() {
            ExerciseAnalysis analysis = compare(lifts("5x100", "4x100"), lifts("5x100", "5x100"));

            assertThat(analysis.setsAtWeightAndRepsChange()).isEqualTo(-1);
            assertThat(analysis.setsAtWeightAndReps()).isEqualTo("regressed");
            assertThat(analysis.verdict()).isEqualTo("regressed");
        }

        @Test
        void countAtTheRepsBothSessionsReached() {
            // both reached 5 reps at 100: three such sets now, one before
            ExerciseAnalysis analysis = compare(lifts("5x100", "5x100", "5x100"), lifts("8x100", "4x100"));

            assertThat(analysis.repsAtWeightChange()).isEqualTo(-3);
            assertThat(analysis.setsAtWeightAndRepsChange()).isEqualTo(2);
        }
    }

    @Nested
    class TheOverallVerdict {

        @Test
        void followsStrengthFirst() {
            ExerciseAnalysis analysis = compare(lifts("3x105"), lifts("5x100"));

            assertThat(analysis.strength()).isEqualTo("improved");
            assertThat(analysis.repsAtWeight()).isEqualTo("regressed");
            assertThat(analysis.verdict()).isEqualTo("improved");
        }

        @Test
        void thenRepsAtWeight() {
            ExerciseAnalysis analysis = compare(lifts("4x100", "4x100", "4x100"), lifts("5x100"));

            assertThat(analysis.strength()).isEqualTo("held");
            assertThat(analysis.repsAtWeight()).isEqualTo("regressed");
            assertThat(analysis.setsAtWeightAndReps()).isEqualTo("improved");
            assertThat(analysis.verdict()).isEqualTo("regressed");
        }

        @Test
        void thenSetsAtWeightAndReps() {
            ExerciseAnalysis analysis = compare(lifts("5x100"), lifts("5x100", "5x100"));

            assertThat(analysis.strength()).isEqualTo("held");
            assertThat(analysis.repsAtWeight()).isEqualTo("held");
            assertThat(analysis.verdict()).isEqualTo("regressed");
        }
    }

    @Test
    void nothingDoneThisTimeRegressesAgainstAnyWork() {
        ExerciseAnalysis analysis = compare(List.of(), lifts("5x100"));

        assertThat(analysis.strengthChangeKg()).isEqualByComparingTo("-100");
        assertThat(analysis.verdict()).isEqualTo("regressed");
    }
}
