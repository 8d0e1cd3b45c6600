package dev.overload.club.web;

import dev.overload.club.domain.ClubSettings;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.OwnAccountOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@OwnAccountOnly
@RequestMapping("/api/club/settings")
@Tag(name = "Club", description = "The fitness club: settings, memberships, clients, trainings, plans, reports")
class ClubSettingsController {

    private final ClubSettings settings;

    ClubSettingsController(ClubSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(operationId = "getClubSettings", summary = "The club's currency, default membership and the local "
            + "time dated trainings are placed at")
    ClubSettings.Settings get() {
        return settings.get();
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "updateClubSettings", summary = "Change the club's settings (administrators); left-out "
            + "fields are kept, a null default_membership_id removes the default")
    ClubSettings.Settings update(CurrentUser caller, @Valid @RequestBody ClubSettingsRequest request) {
        return settings.update(caller, request.currency(),
                request.defaultMembershipId() == null ? null : request.defaultMembershipId().orElse(null),
                request.defaultMembershipId() != null && request.defaultMembershipId().isEmpty(),
                request.trainingTime());
    }
}
