package dev.overload.planning.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Replaces both fields: leaving one out clears it. */
record UpdateUserProfileRequest(@Size(max = 100) String firstName, UUID activeTrainingPlanId) {
}
