package dev.overload.club.domain;

import java.time.LocalDate;

/**
 * A club training's fields as given. On update a null field keeps its value, except {@code date} when
 * {@code clearDate} says to take it away.
 */
public record TrainingDraft(String trainingType, String title, Intensity intensity, Integer durationMin,
        LocalDate date, boolean clearDate, String description) {
}
