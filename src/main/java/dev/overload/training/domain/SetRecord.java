package dev.overload.training.domain;

import dev.overload.training.SetStatus;
import java.math.BigDecimal;

/** What was done in a set; null fields are left as they are. */
public record SetRecord(Integer actualReps, BigDecimal actualWeightKg, Integer rir, SetStatus status) {
}
