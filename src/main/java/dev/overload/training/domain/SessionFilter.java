package dev.overload.training.domain;

import dev.overload.training.SessionStatus;
import java.time.LocalDate;

/** Sessions with this status, dated between the two days (inclusive, UTC), newest first unless ascending. */
public record SessionFilter(SessionStatus status, LocalDate dateFrom, LocalDate dateTo, boolean ascending) {
}
