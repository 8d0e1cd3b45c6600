package dev.overload.training.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How much an exercise stimulated and how much it fatigued, 1 (least) to 5 (most). */
record FeedbackRequest(@Min(1) @Max(5) Integer stimulus, @Min(1) @Max(5) Integer fatigue) {
}
