package dev.overload.coach.domain;

import dev.overload.catalog.ExerciseSummary;
import dev.overload.planning.PlanTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a coach is given: the query, the user's own plan, every exercise the user may use, and the user's recent
 * lifting per exercise (only theirs: nothing of another user ever reaches a coach).
 */
public record CoachRequest(String query, PlanTree plan, List<ExerciseSummary> catalog, Map<UUID, Lift> history) {

    public Optional<ExerciseSummary> exercise(UUID exerciseId) {
        return catalog.stream().filter(exercise -> exercise.id().equals(exerciseId)).findFirst();
    }
}
