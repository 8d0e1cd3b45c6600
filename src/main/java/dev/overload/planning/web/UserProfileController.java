package dev.overload.planning.web;

import dev.overload.planning.domain.Profiles;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.ErrorStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/user-profiles/{id}")
@Tag(name = "User profiles", description = "Seed 004's user profile: first name and active training plan")
class UserProfileController {

    private final Profiles profiles;

    UserProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @ErrorStatus(value = 403, description = "Another user's profile")
    @Operation(operationId = "getUserProfile", summary = "My profile; another user's id is refused (403)")
    Profiles.ProfileView get(CurrentUser caller, @PathVariable UUID id) {
        return profiles.get(caller.id(), id);
    }

    @PutMapping
    @ErrorStatus(value = 403, description = "Another user's profile")
    @Operation(operationId = "updateUserProfile", summary = "Set my first name and active training plan")
    Profiles.ProfileView update(CurrentUser caller, @PathVariable UUID id,
            @Valid @RequestBody UpdateUserProfileRequest request) {
        return profiles.update(caller.id(), id, request.firstName(), request.activeTrainingPlanId());
    }
}
