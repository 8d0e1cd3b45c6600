package dev.overload.planning.domain;

import dev.overload.identity.UserCard;
import dev.overload.identity.Users;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on a plan, by its owner or, on a public plan, by anyone who can see it. */
@Service
public class PlanComments {

    private static final Map<String, String> SORTABLE = Map.of("created_at", "createdAt");

    private final PlanCommentRepository comments;
    private final PlanAccess access;
    private final Users users;

    PlanComments(PlanCommentRepository comments, PlanAccess access, Users users) {
        this.comments = comments;
        this.access = access;
        this.users = users;
    }

    @Transactional
    public CommentView add(UUID callerId, UUID planId, String body) {
        access.forReading(callerId, planId);
        PlanComment comment = comments.save(new PlanComment(callerId, planId, body.strip()));
        return view(comment, users.cards(java.util.List.of(callerId)));
    }

    /** Oldest first, unless sorted by {@code -created_at}. */
    @Transactional(readOnly = true)
    public ResultPage<CommentView> list(UUID callerId, UUID planId, PageParams page) {
        access.forReading(callerId, planId);
        var found = comments.findByTrainingPlanId(planId, page.pageable(SORTABLE, Sort.by("createdAt", "id")));
        Map<UUID, UserCard> authors = users.cards(found.stream().map(PlanComment::authorId).distinct().toList());
        return ResultPage.of(found).map(comment -> view(comment, authors));
    }

    private static CommentView view(PlanComment comment, Map<UUID, UserCard> authors) {
        UserCard author = authors.get(comment.authorId());
        return new CommentView(comment.getId(), comment.trainingPlanId(), comment.authorId(),
                author == null ? null : author.name(), comment.body(), comment.getCreatedAt());
    }
}
