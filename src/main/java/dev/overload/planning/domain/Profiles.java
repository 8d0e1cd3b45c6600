package dev.overload.planning.domain;

import org.jspecify.annotations.Nullable;
import dev.overload.identity.Users;
import dev.overload.shared.errors.ForbiddenException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 004's user profile: the account's first name and AI quota (kept by identity) with the plan the user
 * trains now (kept here). Only one's own profile: another id is refused, not hidden.
 */
@Service
public class Profiles {

    private final Users users;
    private final ActivePlans activePlans;

    Profiles(Users users, ActivePlans activePlans) {
        this.users = users;
        this.activePlans = activePlans;
    }

    @Transactional(readOnly = true)
    public ProfileView get(UUID callerId, UUID profileId) {
        requireSelf(callerId, profileId);
        return view(users.profile(callerId), callerId);
    }

    /** Replaces both fields: the first name and the active plan (which must be one of the caller's). */
    @Transactional
    public ProfileView update(UUID callerId, UUID profileId, String firstName, UUID activeTrainingPlanId) {
        requireSelf(callerId, profileId);
        activePlans.choose(callerId, activeTrainingPlanId);
        return view(users.changeFirstName(callerId, firstName), callerId);
    }

    /** The profile changed when either of its parts last did. */
    private ProfileView view(Users.Profile profile, UUID userId) {
        ActivePlans.ActivePlan active = activePlans.of(userId).orElse(null);
        Instant updatedAt = active != null && active.changedAt().isAfter(profile.updatedAt())
                ? active.changedAt()
                : profile.updatedAt();
        return new ProfileView(profile.id(), profile.firstName(), active == null ? null : active.planId(),
                profile.aiSuggestionsRemaining(), profile.createdAt(), updatedAt);
    }

    private static void requireSelf(UUID callerId, UUID profileId) {
        if (!callerId.equals(profileId)) {
            throw new ForbiddenException("You can only access your own profile");
        }
    }

    public record ProfileView(UUID id, @Nullable String firstName, @Nullable UUID activeTrainingPlanId,
            int aiSuggestionsRemaining,
            Instant createdAt, Instant updatedAt) {
    }
}
