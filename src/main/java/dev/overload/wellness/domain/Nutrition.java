package dev.overload.wellness.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A day's meals added up; each total is null when no meal gives that value. */
public record Nutrition(@Nullable Integer calories, @Nullable BigDecimal proteinG, @Nullable BigDecimal carbsG,
        @Nullable BigDecimal fatG, @Nullable BigDecimal fiberG) {

    static Nutrition of(List<Meal> meals) {
        List<Integer> calories = meals.stream().map(Meal::calories).filter(Objects::nonNull).toList();
        return new Nutrition(calories.isEmpty() ? null : calories.stream().mapToInt(Integer::intValue).sum(),
                sum(meals, Meal::proteinG), sum(meals, Meal::carbsG), sum(meals, Meal::fatG),
                sum(meals, Meal::fiberG));
    }

    private static @Nullable BigDecimal sum(List<Meal> meals, Function<Meal, BigDecimal> value) {
        return meals.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
