package dev.overload.planning.web;

import dev.overload.planning.domain.PlanComments;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training-plans/{planId}/comments")
@Tag(name = "Training plans",
        description = "Training plans as a tree (seed 004): plans, copies, comments, whole-plan replacement")
class PlanCommentController {

    private final PlanComments comments;

    PlanCommentController(PlanComments comments) {
        this.comments = comments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Idempotent
    @Operation(operationId = "commentOnTrainingPlan", summary = "Comment on my plan or on a public plan")
    ResponseEntity<CommentResponse> add(CurrentUser caller, @PathVariable UUID planId,
            @Valid @RequestBody CommentRequest request) {
        CommentResponse comment = CommentResponse.from(comments.add(caller.id(), planId, request.body()));
        return ResponseEntity.created(URI.create("/api/training-plans/" + planId + "/comments/" + comment.id()))
                .body(comment);
    }

    @GetMapping
    @Operation(operationId = "listTrainingPlanComments",
            summary = "Comments on a plan, oldest first (sort=-created_at for newest)")
    ResponseEntity<List<CommentResponse>> list(CurrentUser caller, @PathVariable UUID planId,
            @Valid @ParameterObject PageParams page) {
        return comments.list(caller.id(), planId, page).map(CommentResponse::from).toResponse();
    }
}
