package dev.overload.club.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.planning.PlanTree;
import dev.overload.planning.TrainingPlans;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.shared.persistence.SqlValues;
import dev.overload.training.TrainingSessions;
import dev.overload.training.TrainingSessions.PlanSession;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Club trainings as read, in a bounded number of statements: a client's page of trainings (the rows, their
 * titles and their sessions: three statements for any page), and one training with its exercises (the plan
 * read, the catalog's fields of its exercises and its sessions).
 */
@Service
public class TrainingQueries {

    private static final String COLUMNS = """
            t.id, t.client_id, t.user_id, t.training_type, t.intensity, t.duration_min, t.date, t.description,
            t.plan_id, t.day_id, t.schedule_id, t.created_by, t.created_at, t.updated_at""";
    private static final Map<String, String> SORTABLE = Map.of("date", "t.date", "created_at", "t.created_at");

    private final JdbcClient jdbc;
    private final ClubAccess access;
    private final TrainingPlans plans;
    private final TrainingSessions sessions;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    TrainingQueries(JdbcClient jdbc, ClubAccess access, TrainingPlans plans, TrainingSessions sessions,
            ExerciseCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.plans = plans;
        this.sessions = sessions;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The client's trainings, by date (undated last) unless sorted otherwise; without their exercises. */
    @Transactional(readOnly = true)
    public ResultPage<TrainingView> list(CurrentUser caller, UUID clientId, PageParams page) {
        access.forReading(caller, clientId);
        ResultPage<Row> rows = SqlPages.page(jdbc, COLUMNS, "from club_trainings t where t.client_id = :client",
                page.orderBy(SORTABLE, Sort.by("date"), "t.id"), Map.of("client", clientId), page,
                (rs, n) -> row(rs));
        List<UUID> planIds = rows.items().stream().map(Row::planId).toList();
        Map<UUID, String> titles = plans.names(planIds);
        Map<UUID, List<PlanSession>> done = sessions.ofPlans(planIds);
        return rows.map(row -> row.view(titles.getOrDefault(row.planId(), ""),
                done.getOrDefault(row.planId(), List.of()), null, today()));
    }

    @Transactional(readOnly = true)
    public TrainingView get(CurrentUser caller, UUID trainingId) {
        Row row = jdbc.sql("select " + COLUMNS + " from club_trainings t where t.id = :id").param("id", trainingId)
                .query((rs, n) -> row(rs)).optional().orElseThrow(() -> new NotFoundException("Training"));
        access.forReading(caller, row.clientId());
        PlanTree plan = plans.plan(row.userId(), row.planId());
        return row.view(plan.name(), sessions.ofPlans(List.of(row.planId())).getOrDefault(row.planId(), List.of()),
                exercises(plan), today());
    }

    /** One exercise of the training. */
    @Transactional(readOnly = true)
    public TrainingExercise exercise(CurrentUser caller, UUID trainingId, UUID entryId) {
        return get(caller, trainingId).exercises().stream().filter(exercise -> exercise.id().equals(entryId))
                .findFirst().orElseThrow(() -> new NotFoundException("Exercise of this training"));
    }

    private List<TrainingExercise> exercises(PlanTree plan) {
        List<PlanTree.Exercise> slots = plan.days().isEmpty() ? List.of() : plan.days().getFirst().exercises();
        Map<UUID, ExerciseSummary> summaries = catalog.summaries(slots.stream().map(PlanTree.Exercise::exerciseId)
                .distinct().toList());
        return slots.stream().map(slot -> {
            ExerciseSummary summary = summaries.get(slot.exerciseId());
            PlanTree.Set first = slot.sets().isEmpty() ? null : slot.sets().getFirst();
            BigDecimal weight = first == null || first.expectedWeightKg().signum() == 0 ? null
                    : first.expectedWeightKg().stripTrailingZeros();
            return new TrainingExercise(slot.id(), slot.exerciseId(), slot.exerciseName(), summary.description(),
                    slot.orderIndex(), slot.sets().size(), first == null ? 0 : first.expectedReps(),
                    slot.restTimeSeconds() == null ? 0 : slot.restTimeSeconds(), weight,
                    summary.bodyRegion().toUpperCase(Locale.ROOT), !summary.equipment().isEmpty(),
                    summary.difficulty());
        }).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs) throws SQLException {
        String intensity = rs.getString("intensity");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("training_type"),
                intensity == null ? null : Intensity.valueOf(intensity), rs.getInt("duration_min"),
                rs.getObject("date", LocalDate.class), rs.getString("description"),
                rs.getObject("plan_id", UUID.class), rs.getObject("day_id", UUID.class),
                rs.getObject("schedule_id", UUID.class), rs.getObject("created_by", UUID.class),
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "updated_at"));
    }

    private record Row(UUID id, UUID clientId, UUID userId, String trainingType, Intensity intensity, int durationMin,
            LocalDate date, String description, UUID planId, UUID dayId, UUID scheduleId, UUID createdBy,
            Instant createdAt, Instant updatedAt) {

        TrainingView view(String title, List<PlanSession> planSessions, List<TrainingExercise> exercises,
                LocalDate today) {
            return new TrainingView(id, clientId, userId, trainingType, title, intensity, durationMin, date,
                    description, planId, dayId, scheduleId, TrainingProgress.of(planSessions, date, today),
                    planSessions, exercises, createdBy, createdAt, updatedAt);
        }
    }
}
