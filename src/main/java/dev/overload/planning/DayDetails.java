package dev.overload.planning;

public record DayDetails(String name, String description) {
}
