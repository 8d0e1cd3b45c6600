package dev.overload.coach.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the user asks of the coach, in their own words (seed 004). */
record SuggestRequest(@NotBlank @Size(min = 1, max = 2000) String query) {
}
