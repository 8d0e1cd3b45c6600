package dev.overload.insights.domain;

import dev.overload.insights.Metric;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Each day's value of each metric, in canonical units (hours, kilograms, kcal, grams, steps, 0/1). */
final class DailyValues {

    private final Map<LocalDate, Map<Metric, Double>> days = new TreeMap<>();

    void put(LocalDate day, Metric metric, Number value) {
        if (value != null) {
            days.computeIfAbsent(day, ignored -> new EnumMap<>(Metric.class)).put(metric, value.doubleValue());
        }
    }

    Double get(LocalDate day, Metric metric) {
        Map<Metric, Double> values = days.get(day);
        return values == null ? null : values.get(metric);
    }
}
