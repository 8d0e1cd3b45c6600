package dev.overload.wellness.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded day as read: what was entered (canonical units) and when. */
public record DayView(LocalDate date, DayEntry entry, Instant createdAt, Instant updatedAt) {
}
