package dev.overload.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record AiSuggestionsRequest(@NotNull @Min(0) @Max(100000) Integer aiSuggestionsRemaining) {
}
