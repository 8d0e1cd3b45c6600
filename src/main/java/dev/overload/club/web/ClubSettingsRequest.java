package dev.overload.club.web;

import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The club's settings to change; a field left out keeps its value, and an explicit null
 * {@code default_membership_id} takes the default away.
 */
record ClubSettingsRequest(
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        Optional<UUID> defaultMembershipId,
        LocalTime trainingTime) {
}
