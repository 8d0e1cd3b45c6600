package dev.overload.planning.web;

import dev.overload.planning.ProgressionOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The outcomes of the next sessions to imagine, in order. */
record PreviewRequest(@NotNull @Size(min = 1, max = 20) List<@NotNull ProgressionOutcome> outcomes) {

    List<Boolean> successes() {
        return outcomes.stream().map(outcome -> outcome == ProgressionOutcome.SUCCESS).toList();
    }
}
