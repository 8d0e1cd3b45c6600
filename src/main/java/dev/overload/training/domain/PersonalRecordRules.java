package dev.overload.training.domain;

import dev.overload.training.RecordType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which of one exercise's performed sets in a session beat the user's records so far. A record needs a
 * strictly better value; the first session with an exercise sets its first records. Bodyweight sets
 * (0 kg) count only for most reps at a weight.
 */
final class PersonalRecordRules {

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private PersonalRecordRules() {
    }

    /** A set as performed: reps at a weight (kilograms). */
    record Performed(UUID setId, int reps, BigDecimal weightKg) {
    }

    /** The key a record is the best for: its type, and the weight for most reps at a weight. */
    record Key(RecordType type, BigDecimal weightKg) {

        static Key of(RecordType type, BigDecimal weightKg) {
            return new Key(type, type == RecordType.MOST_REPS_AT_WEIGHT ? weightKg.stripTrailingZeros() : null);
        }
    }

    record NewRecord(RecordType type, BigDecimal value, BigDecimal weightKg, Integer reps, UUID setId) {
    }

    static List<NewRecord> newRecords(List<Performed> sets, Map<Key, BigDecimal> bests) {
        List<NewRecord> records = new ArrayList<>();
        List<Performed> loaded = sets.stream().filter(set -> set.reps() > 0 && set.weightKg().signum() > 0).toList();
        if (!loaded.isEmpty()) {
            best(loaded, set -> set.weightKg(), RecordType.HEAVIEST_WEIGHT, bests, records);
            best(loaded, PersonalRecordRules::estimatedOneRepMax, RecordType.BEST_ESTIMATED_1RM, bests, records);
            best(loaded, PersonalRecordRules::volume, RecordType.BEST_SET_VOLUME, bests, records);
            BigDecimal sessionVolume = loaded.stream().map(PersonalRecordRules::volume)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (beats(sessionVolume, bests.get(Key.of(RecordType.BEST_SESSION_VOLUME, null)))) {
                records.add(new NewRecord(RecordType.BEST_SESSION_VOLUME, sessionVolume, null, null, null));
            }
        }
        Map<BigDecimal, Performed> mostRepsByWeight = new LinkedHashMap<>();
        sets.stream().filter(set -> set.reps() > 0).forEach(set -> mostRepsByWeight.merge(
                set.weightKg().stripTrailingZeros(), set, (a, b) -> b.reps() > a.reps() ? b : a));
        mostRepsByWeight.forEach((weight, set) -> {
            BigDecimal reps = BigDecimal.valueOf(set.reps());
            if (beats(reps, bests.get(Key.of(RecordType.MOST_REPS_AT_WEIGHT, weight)))) {
                records.add(new NewRecord(RecordType.MOST_REPS_AT_WEIGHT, reps, set.weightKg(), set.reps(),
                        set.setId()));
            }
        });
        return records;
    }

    static BigDecimal estimatedOneRepMax(Performed set) {
        if (set.reps() == 1) {
            return set.weightKg();
        }
        return set.weightKg().multiply(BigDecimal.ONE.add(BigDecimal.valueOf(set.reps()).divide(THIRTY, 6,
                RoundingMode.HALF_UP))).setScale(3, RoundingMode.HALF_UP);
    }

    private static BigDecimal volume(Performed set) {
        return set.weightKg().multiply(BigDecimal.valueOf(set.reps()));
    }

    private static void best(List<Performed> sets, java.util.function.Function<Performed, BigDecimal> measure,
            RecordType type, Map<Key, BigDecimal> bests, List<NewRecord> records) {
        Performed top = sets.stream().max(Comparator.comparing(measure)).orElseThrow();
        BigDecimal value = measure.apply(top);
        if (beats(value, bests.get(Key.of(type, null)))) {
            records.add(new NewRecord(type, value, top.weightKg(), top.reps(), top.setId()));
        }
    }

    private static boolean beats(BigDecimal value, BigDecimal best) {
        return best == null || value.compareTo(best) > 0;
    }
}
