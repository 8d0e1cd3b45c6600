package dev.overload.planning.web;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.overload.identity.UserCard;
import dev.overload.planning.PlanTree;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Seed 003's workout plan. {@code users} names the creator; their email only to themselves, since public
 * plans are seen by everyone. {@code exercises} are left out of lists, as in seed 003.
 */
record WorkoutPlanResponse(
        UUID id,
        String name,
        @Nullable String description,
        List<String> muscleTypes,
        @Nullable String difficultyLevel,
        @Nullable Integer estimatedDuration,
        UUID createdBy,
        boolean isPublic,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Creator users,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<WorkoutExerciseResponse> exercises) {

    record Creator(String name, @Nullable String email) {
    }

    static WorkoutPlanResponse from(PlanTree plan, UserCard creator, UUID viewerId,
            List<WorkoutExerciseResponse> exercises) {
        Creator users = creator == null ? null
                : new Creator(creator.name(), plan.userId().equals(viewerId) ? creator.email() : null);
        PlanTree.Summary fields = plan.plan();
        return new WorkoutPlanResponse(fields.id(), fields.name(), fields.description(), fields.muscleTypes(),
                fields.difficultyLevel() == null ? null : fields.difficultyLevel().name().toLowerCase(Locale.ROOT),
                fields.estimatedDuration(), fields.userId(), fields.isPublic(), fields.createdAt(), fields.updatedAt(),
                users, exercises);
    }
}
