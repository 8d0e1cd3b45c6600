package dev.overload.planning.domain;

public record DayDetails(String name, String description) {
}
