package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Left-out fields are kept; a new {@code order_index} moves the day and re-indexes the others. */
@JsonIgnoreProperties({"id", "training_plan_id", "exercises"})
record UpdateDayRequest(
        @Size(max = 100) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String name,
        @Size(max = 2000) String description, @Min(1) Integer orderIndex) {
}
