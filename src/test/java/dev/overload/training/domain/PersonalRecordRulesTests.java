package dev.overload.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.training.RecordType;
import dev.overload.training.domain.PersonalRecordRules.Key;
import dev.overload.training.domain.PersonalRecordRules.NewRecord;
import dev.overload.training.domain.PersonalRecordRules.Performed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonalRecordRulesTests {

    private static Performed set(int reps, String kg) {
        return new Performed(UUID.randomUUID(), reps, new BigDecimal(kg));
    }

    private static BigDecimal kg(String value) {
        return new BigDecimal(value);
    }

    private static Optional<NewRecord> record(List<NewRecord> records, RecordType type) {
        List<NewRecord> ofType = records.stream().filter(record -> record.type() == type).toList();
        assertThat(ofType).as("records of type %s", type).hasSizeLessThanOrEqualTo(1);
        return ofType.stream().findFirst();
    }

    private static List<NewRecord> mostReps(List<NewRecord> records) {
        return records.stream().filter(record -> record.type() == RecordType.MOST_REPS_AT_WEIGHT).toList();
    }

    @Nested
    class TheFirstSessionWithAnExercise {

        @Test
        void setsARecordOfEveryType() {
            Performed heavy = set(3, "120");
            Performed volume = set(8, "100");
            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(heavy, volume), Map.of());

            assertThat(records).extracting(NewRecord::type).containsExactlyInAnyOrder(
                    RecordType.HEAVIEST_WEIGHT, RecordType.BEST_ESTIMATED_1RM, RecordType.BEST_SET_VOLUME,
                    RecordType.BEST_SESSION_VOLUME, RecordType.MOST_REPS_AT_WEIGHT, RecordType.MOST_REPS_AT_WEIGHT);
        }

        @Test
        void heaviestWeightIsTheTopWeightWithTheSetThatLiftedIt() {
            Performed top = set(2, "140");
            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(5, "120"), top, set(8, "100")),
                    Map.of());

            assertThat(record(records, RecordType.HEAVIEST_WEIGHT)).contains(
                    new NewRecord(RecordType.HEAVIEST_WEIGHT, kg("140"), kg("140"), 2, top.setId()));
        }

        @Test
        void bestSetVolumeIsTheLargestRepsTimesWeight() {
            Performed best = set(8, "80");
            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(5, "100"), best), Map.of());

            NewRecord volume = record(records, RecordType.BEST_SET_VOLUME).orElseThrow();
            assertThat(volume.value()).isEqualByComparingTo("640");
            assertThat(volume.setId()).isEqualTo(best.setId());
            assertThat(volume.weightKg()).isEqualByComparingTo("80");
            assertThat(volume.reps()).isEqualTo(8);
        }

        @Test
        void bestSessionVolumeIsTheSumOverTheSessionAndBelongsToNoSet() {
            List<NewRecord> records = PersonalRecordRules.newRecords(
                    List.of(set(5, "100"), set(5, "100"), set(8, "80.5")), Map.of());

            NewRecord session = record(records, RecordType.BEST_SESSION_VOLUME).orElseThrow();
            assertThat(session.value()).isEqualByComparingTo("1644");
            assertThat(session.setId()).isNull();
            assertThat(session.weightKg()).isNull();
            assertThat(session.reps()).isNull();
        }

        @Test
        void bestEstimatedOneRepMaxIsTheBestEpleyEstimate() {
            Performed best = set(10, "90");
            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(1, "110"), best), Map.of());

            // 90 × (1 + 10/30) = 120 beats the single at 110
            NewRecord estimate = record(records, RecordType.BEST_ESTIMATED_1RM).orElseThrow();
            assertThat(estimate.value()).isEqualByComparingTo("120");
            assertThat(estimate.setId()).isEqualTo(best.setId());
        }
    }

    @Nested
    class EstimatedOneRepMax {

        @Test
        void isEpleysWeightTimesOnePlusRepsOverThirty() {
            assertThat(PersonalRecordRules.estimatedOneRepMax(set(5, "100"))).isEqualByComparingTo("116.667");
            assertThat(PersonalRecordRules.estimatedOneRepMax(set(10, "60"))).isEqualByComparingTo("80");
            assertThat(PersonalRecordRules.estimatedOneRepMax(set(30, "50"))).isEqualByComparingTo("100");
        }

        @Test
        void isTheWeightItselfForASingleRep() {
            // Epley would say 100 × (1 + 1/30) = 103.333; a single is its own one-rep max
            assertThat(PersonalRecordRules.estimatedOneRepMax(set(1, "100"))).isEqualByComparingTo("100");
        }

        @Test
        void isRoundedToGrams() {
            assertThat(PersonalRecordRules.estimatedOneRepMax(set(7, "102.5")).scale()).isEqualTo(3);
            assertThat(PersonalRecordRules.estimatedOneRepMax(set(7, "102.5"))).isEqualByComparingTo("126.417");
        }
    }

    @Nested
    class StrictlyBetter {

        private Map<Key, BigDecimal> bestsOf(List<NewRecord> records) {
            Map<Key, BigDecimal> bests = new HashMap<>();
            records.forEach(record -> bests.put(Key.of(record.type(),
                    record.type() == RecordType.MOST_REPS_AT_WEIGHT ? record.weightKg() : null), record.value()));
            return bests;
        }

        @Test
        void theSameSessionAgainSetsNoRecord() {
            List<Performed> sets = List.of(set(5, "100"), set(5, "100"), set(3, "110"));
            Map<Key, BigDecimal> bests = bestsOf(PersonalRecordRules.newRecords(sets, Map.of()));

            assertThat(PersonalRecordRules.newRecords(List.of(set(5, "100"), set(5, "100"), set(3, "110")), bests))
                    .isEmpty();
        }

        @Test
        void equallingARecordIsNotARecord() {
            Map<Key, BigDecimal> bests = Map.of(
                    Key.of(RecordType.HEAVIEST_WEIGHT, null), kg("100"),
                    Key.of(RecordType.BEST_SET_VOLUME, null), kg("500"),
                    Key.of(RecordType.BEST_ESTIMATED_1RM, null), kg("116.667"),
                    Key.of(RecordType.BEST_SESSION_VOLUME, null), kg("500"),
                    Key.of(RecordType.MOST_REPS_AT_WEIGHT, kg("100")), kg("5"));

            assertThat(PersonalRecordRules.newRecords(List.of(set(5, "100")), bests)).isEmpty();
        }

        @Test
        void aLittleMoreIsARecord() {
            Map<Key, BigDecimal> bests = Map.of(
                    Key.of(RecordType.HEAVIEST_WEIGHT, null), kg("100"),
                    Key.of(RecordType.BEST_SET_VOLUME, null), kg("500"),
                    Key.of(RecordType.BEST_ESTIMATED_1RM, null), kg("116.667"),
                    Key.of(RecordType.BEST_SESSION_VOLUME, null), kg("500"),
                    Key.of(RecordType.MOST_REPS_AT_WEIGHT, kg("100.25")), kg("5"));

            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(5, "100.25")), bests);

            assertThat(records).extracting(NewRecord::type).containsExactlyInAnyOrder(RecordType.HEAVIEST_WEIGHT,
                    RecordType.BEST_SET_VOLUME, RecordType.BEST_ESTIMATED_1RM, RecordType.BEST_SESSION_VOLUME);
        }

        @Test
        void lessThanTheRecordIsNoRecordOfThatType() {
            Map<Key, BigDecimal> bests = Map.of(Key.of(RecordType.HEAVIEST_WEIGHT, null), kg("150"));

            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(5, "100")), bests);

            assertThat(record(records, RecordType.HEAVIEST_WEIGHT)).isEmpty();
            // the types without a best yet are first records
            assertThat(record(records, RecordType.BEST_SET_VOLUME)).isPresent();
            assertThat(record(records, RecordType.BEST_ESTIMATED_1RM)).isPresent();
        }

        @Test
        void sessionVolumeCountsTheWholeSessionEvenWhenNoSingleSetIsARecord() {
            Map<Key, BigDecimal> bests = Map.of(
                    Key.of(RecordType.HEAVIEST_WEIGHT, null), kg("100"),
                    Key.of(RecordType.BEST_SET_VOLUME, null), kg("500"),
                    Key.of(RecordType.BEST_ESTIMATED_1RM, null), kg("116.667"),
                    Key.of(RecordType.BEST_SESSION_VOLUME, null), kg("1000"),
                    Key.of(RecordType.MOST_REPS_AT_WEIGHT, kg("100")), kg("5"));

            List<NewRecord> records = PersonalRecordRules.newRecords(
                    List.of(set(5, "100"), set(5, "100"), set(5, "100")), bests);

            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.type()).isEqualTo(RecordType.BEST_SESSION_VOLUME);
                assertThat(record.value()).isEqualByComparingTo("1500");
            });
        }
    }

    @Nested
    class MostRepsAtAWeight {

        @Test
        void isKeptPerWeightWithTheBestSetAtEach() {
            Performed best100 = set(6, "100");
            Performed best90 = set(8, "90");
            List<NewRecord> records = PersonalRecordRules.newRecords(
                    List.of(set(5, "100"), best100, best90, set(7, "90")), Map.of());

            assertThat(mostReps(records)).containsExactlyInAnyOrder(
                    new NewRecord(RecordType.MOST_REPS_AT_WEIGHT, BigDecimal.valueOf(6), kg("100"), 6, best100.setId()),
                    new NewRecord(RecordType.MOST_REPS_AT_WEIGHT, BigDecimal.valueOf(8), kg("90"), 8, best90.setId()));
        }

        @Test
        void aRecordAtOneWeightDoesNotCoverAnother() {
            Map<Key, BigDecimal> bests = Map.of(
                    Key.of(RecordType.MOST_REPS_AT_WEIGHT, kg("100")), kg("10"),
                    Key.of(RecordType.MOST_REPS_AT_WEIGHT, kg("90")), kg("7"));

            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(6, "100"), set(8, "90"),
                    set(3, "80")), bests);

            assertThat(mostReps(records)).extracting(NewRecord::weightKg, NewRecord::reps)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(kg("90"), 8),
                            org.assertj.core.groups.Tuple.tuple(kg("80"), 3));
        }

        @Test
        void theSameWeightWrittenWithMoreDecimalsIsTheSameKey() {
            Map<Key, BigDecimal> bests = Map.of(Key.of(RecordType.MOST_REPS_AT_WEIGHT, kg("100.000")), kg("5"));

            assertThat(mostReps(PersonalRecordRules.newRecords(List.of(set(5, "100")), bests))).isEmpty();
            assertThat(mostReps(PersonalRecordRules.newRecords(List.of(set(6, "100.0")), bests))).hasSize(1);
        }
    }

    @Nested
    class Bodyweight {

        @Test
        void countsOnlyForMostRepsAtAWeight() {
            Performed pullUps = set(12, "0");
            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(10, "0"), pullUps), Map.of());

            assertThat(records).singleElement().isEqualTo(new NewRecord(RecordType.MOST_REPS_AT_WEIGHT,
                    BigDecimal.valueOf(12), kg("0"), 12, pullUps.setId()));
        }

        @Test
        void doesNotAddToTheLoadedRecordsOfAMixedSession() {
            Performed weighted = set(5, "20");
            List<NewRecord> records = PersonalRecordRules.newRecords(List.of(set(15, "0"), weighted), Map.of());

            assertThat(record(records, RecordType.HEAVIEST_WEIGHT).orElseThrow().setId()).isEqualTo(weighted.setId());
            assertThat(record(records, RecordType.BEST_SET_VOLUME).orElseThrow().value()).isEqualByComparingTo("100");
            assertThat(record(records, RecordType.BEST_SESSION_VOLUME).orElseThrow().value())
                    .isEqualByComparingTo("100");
            assertThat(mostReps(records)).extracting(NewRecord::reps).containsExactlyInAnyOrder(15, 5);
        }
    }

    @Test
    void setsWithoutRepsSetNothing() {
        assertThat(PersonalRecordRules.newRecords(List.of(set(0, "200")), Map.of())).isEmpty();
        assertThat(PersonalRecordRules.newRecords(List.of(), Map.of())).isEmpty();
    }
}
