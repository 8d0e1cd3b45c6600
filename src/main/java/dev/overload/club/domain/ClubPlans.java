package dev.overload.club.domain;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.shared.persistence.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Club training plans and their many-to-many link to the same client's trainings, with the club's role rules:
 * the client reads theirs, administrators and the client's trainer write. A list costs two statements.
 */
@Service
public class ClubPlans {

    private static final String COLUMNS = "p.id, p.client_id, p.user_id, p.title, p.description, p.status, "
            + "p.created_at, p.updated_at";
    private static final Map<String, String> SORTABLE = Map.of("created_at", "p.created_at", "title",
            "lower(p.title)");

    private final ClubPlanRepository plans;
    private final ClubAccess access;
    private final JdbcClient jdbc;

    ClubPlans(ClubPlanRepository plans, ClubAccess access, JdbcClient jdbc) {
        this.plans = plans;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID create(CurrentUser caller, UUID clientId, String title, String description, ClubPlanStatus status) {
        Client client = access.forChange(caller, clientId);
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "is required");
        }
        ClubPlan plan = new ClubPlan(client.userId(), clientId);
        plan.describe(title.strip(), description, status);
        return plans.save(plan).getId();
    }

    @Transactional
    public void update(CurrentUser caller, UUID planId, String title, String description, ClubPlanStatus status) {
        forChange(caller, planId).describe(title == null ? null : title.strip(), description, status);
    }

    @Transactional
    public void delete(CurrentUser caller, UUID planId) {
        plans.delete(forChange(caller, planId));
    }

    /** Adds one of the same client's trainings; adding it again changes nothing. */
    @Transactional
    public void link(CurrentUser caller, UUID planId, UUID trainingId) {
        ClubPlan plan = forChange(caller, planId);
        boolean sameClient = jdbc.sql("select exists (select 1 from club_trainings where id = :id and client_id = "
                + ":client)").param("id", trainingId).param("client", plan.clientId()).query(Boolean.class).single();
        if (!sameClient) {
            throw new NotFoundException("Training");
        }
        jdbc.sql("""
                insert into club_training_plan_trainings (training_plan_id, training_id) values (:plan, :training)
                on conflict do nothing""").param("plan", planId).param("training", trainingId).update();
    }

    @Transactional
    public void unlink(CurrentUser caller, UUID planId, UUID trainingId) {
        forChange(caller, planId);
        int removed = jdbc.sql("delete from club_training_plan_trainings where training_plan_id = :plan "
                + "and training_id = :training").param("plan", planId).param("training", trainingId).update();
        if (removed == 0) {
            throw new NotFoundException("Training in this plan");
        }
    }

    @Transactional(readOnly = true)
    public ResultPage<ClubPlanView> list(CurrentUser caller, UUID clientId, PageParams page) {
        access.forReading(caller, clientId);
        ResultPage<ClubPlanView> found = SqlPages.page(jdbc, COLUMNS, "from club_training_plans p where p.client_id"
                + " = :client", page.orderBy(SORTABLE, Sort.by(Sort.Order.desc("created_at")), "p.id"),
                Map.of("client", clientId), page, (rs, n) -> view(rs, List.of()));
        Map<UUID, List<UUID>> trainings = trainingsOf(found.items().stream().map(ClubPlanView::id).toList());
        return found.map(plan -> withTrainings(plan, trainings.getOrDefault(plan.id(), List.of())));
    }

    @Transactional(readOnly = true)
    public ClubPlanView get(CurrentUser caller, UUID planId) {
        ClubPlanView plan = jdbc.sql("select " + COLUMNS + " from club_training_plans p where p.id = :id")
                .param("id", planId).query((rs, n) -> view(rs, List.of())).optional()
                .orElseThrow(() -> new NotFoundException("Training plan"));
        access.forReading(caller, plan.clientId());
        return withTrainings(plan, trainingsOf(List.of(planId)).getOrDefault(planId, List.of()));
    }

    private ClubPlan forChange(CurrentUser caller, UUID planId) {
        UUID clientId = plans.findById(planId).map(ClubPlan::clientId)
                .orElseThrow(() -> new NotFoundException("Training plan"));
        access.forChange(caller, clientId);
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Training plan"));
    }

    private Map<UUID, List<UUID>> trainingsOf(List<UUID> planIds) {
        return SqlPages.byParent(jdbc, """
                select l.training_plan_id, l.training_id from club_training_plan_trainings l
                join club_trainings t on t.id = l.training_id
                where l.training_plan_id = any(:parents) order by t.date nulls last, t.created_at, t.id""",
                planIds, "training_plan_id", (rs, n) -> rs.getObject("training_id", UUID.class));
    }

    private static ClubPlanView withTrainings(ClubPlanView plan, List<UUID> trainingIds) {
        return new ClubPlanView(plan.id(), plan.clientId(), plan.userId(), plan.title(), plan.description(),
                plan.status(), trainingIds, plan.createdAt(), plan.updatedAt());
    }

    private static ClubPlanView view(ResultSet rs, List<UUID> trainingIds) throws SQLException {
        return new ClubPlanView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("title"), rs.getString("description"),
                ClubPlanStatus.valueOf(rs.getString("status")), trainingIds, SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "updated_at"));
    }
}
