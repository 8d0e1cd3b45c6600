package dev.overload.scheduling.domain;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Weekdays as the API writes them: MON, TUE, … SUN. */
public final class Weekdays {

    private Weekdays() {
    }

    public static String name(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    public static Optional<DayOfWeek> find(String name) {
        return Arrays.stream(DayOfWeek.values()).filter(day -> name(day).equalsIgnoreCase(name)).findFirst();
    }

    /** "MON,WED" as stored. */
    static String format(Set<DayOfWeek> days) {
        return days.stream().sorted().map(Weekdays::name).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> parse(String stored) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : stored.split(",")) {
            days.add(find(name).orElseThrow(() -> new IllegalStateException("Unknown weekday " + name)));
        }
        return days;
    }
}
