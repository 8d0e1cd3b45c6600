package dev.overload.planning.web;

import dev.overload.shared.errors.ErrorResponseStyle;
import dev.overload.shared.errors.FieldMessage;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Errors under {@code /api/workout-plans} keep seed 003's body: {@code {success: false, message, details}}. */
@Component
class WorkoutPlanErrors implements ErrorResponseStyle {

    @Override
    public boolean appliesToPath(String path) {
        return path.equals("/api/workout-plans") || path.startsWith("/api/workout-plans/");
    }

    @Override
    public Class<?> bodyType() {
        return WorkoutPlanError.class;
    }

    @Override
    public Object body(ProblemDetail problem) {
        List<String> details = problem.getProperties() != null
                && problem.getProperties().get("errors") instanceof List<?> errors
                        ? errors.stream().filter(FieldMessage.class::isInstance).map(FieldMessage.class::cast)
                                .map(error -> error.field() + " " + error.message()).toList()
                        : List.of();
        String message = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        return new WorkoutPlanError(false, message, details);
    }

    /** Seed 003's error: {@code success} is always false; {@code details} names each invalid field. */
    record WorkoutPlanError(boolean success, String message, List<String> details) {
    }
}
