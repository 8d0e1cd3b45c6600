package dev.overload.planning.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new day, inserted at {@code order_index} (1 … days + 1) or appended when it is left out. */
record CreateDayRequest(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
        @Min(1) Integer orderIndex) {
}
