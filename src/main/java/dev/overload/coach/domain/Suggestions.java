package dev.overload.coach.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.identity.Users;
import dev.overload.planning.PlanTree;
import dev.overload.planning.TrainingPlans;
import dev.overload.shared.DateRange;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.ForbiddenException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.training.TrainingStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asking the coach about one's plan, looking back at what it proposed, and applying a proposal. The coach runs
 * outside any transaction (a model may take seconds); then, in one transaction, a suggestion that changes the plan
 * spends one of the user's AI suggestions (the conditional update is the gate: with one left, concurrent asks get
 * one success and 403s) and is stored with the plan version it was made for. A suggestion that changes nothing
 * (a query the coach did not understand) costs nothing. A coach failure stores and spends nothing (502).
 */
@Service
public class Suggestions {

    /** How far back the user's lifting is read for target weights. */
    static final int HISTORY_DAYS = 180;

    private final TrainingPlans plans;
    private final ExerciseCatalog catalog;
    private final TrainingStatistics statistics;
    private final Users users;
    private final Coach coach;
    private final SuggestionStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Suggestions(TrainingPlans plans, ExerciseCatalog catalog, TrainingStatistics statistics, Users users, Coach coach,
            SuggestionStore store, PlatformTransactionManager transactionManager, Clock clock) {
        this.plans = plans;
        this.catalog = catalog;
        this.statistics = statistics;
        this.users = users;
        this.coach = coach;
        this.store = store;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public SuggestionView suggest(UUID userId, UUID planId, String query) {
        PlanTree plan = ownPlan(userId, planId);
        if (users.profile(userId).aiSuggestionsRemaining() <= 0) {
            throw noneLeft();
        }
        List<ExerciseSummary> usable = catalog.usableBy(userId);
        CoachAnswer answer = coach.suggest(new CoachRequest(query, plan, usable, history(userId, usable)));
        SuggestedPlan suggested = null;
        List<UUID> removed = List.of();
        if (answer.plan() != null) {
            Map<UUID, String> names = usable.stream()
                    .collect(Collectors.toMap(ExerciseSummary::id, ExerciseSummary::name, (a, b) -> a, HashMap::new));
            answer.newExercises().forEach(exercise -> names.put(exercise.provisionalId(), exercise.name()));
            PlanDiff.Result diff = PlanDiff.of(plan, answer.plan(), names);
            if (diff.changesAnything()) {
                suggested = diff.plan().withNewExercises(answer.newExercises());
                removed = diff.removed();
            }
        }
        SuggestionView suggestion = new SuggestionView(UuidVersion7Strategy.INSTANCE.generateUuid(null), planId,
                plan.version(), query, coach.name(), answer.intents(), answer.message(), suggested, removed,
                clock.instant(), null);
        return transaction.execute(status -> {
            if (suggestion.modified() && !users.spendAiSuggestion(userId)) {
                throw noneLeft();
            }
            store.insert(userId, suggestion);
            return suggestion;
        });
    }

    @Transactional(readOnly = true)
    public ResultPage<SuggestionView> list(UUID userId, UUID planId, PageParams page) {
        ownPlan(userId, planId);
        return store.list(userId, planId, page);
    }

    /**
     * Makes the plan exactly what the suggestion proposed, through the composite update, in one transaction: only
     * once, only while the plan is still the version it was made for (409 otherwise) and, with {@code If-Match}, the
     * version that names (412, as for any change to the plan).
     */
    @Transactional
    public void apply(UUID userId, UUID planId, UUID suggestionId) {
        SuggestionView suggestion = store.find(userId, planId, suggestionId)
                .orElseThrow(() -> new NotFoundException("Suggestion"));
        if (suggestion.plan() == null) {
            throw new ConflictException("This suggestion changes nothing, so there is nothing to apply");
        }
        if (!store.markApplied(suggestionId, clock.instant())) {
            throw new ConflictException("This suggestion was applied already");
        }
        // New exercises enter the catalog as the user's own, only now that the suggestion is taken.
        Map<UUID, UUID> exerciseIds = new HashMap<>();
        suggestion.plan().newExercises().forEach(exercise -> exerciseIds.put(exercise.provisionalId(),
                catalog.createCustom(userId, exercise.toCustom())));
        plans.replaceIfUnchanged(userId, planId, suggestion.plan().toComposite(exerciseIds),
                suggestion.planVersion());
    }

    /** The user's own plan: someone else's, even a public one, is not found. */
    public PlanTree ownPlan(UUID userId, UUID planId) {
        PlanTree plan = plans.plan(userId, planId);
        if (!plan.userId().equals(userId)) {
            throw new NotFoundException("Training plan");
        }
        return plan;
    }

    /**
     * The latest session's best e1RM and its weight, per exercise the user may use (those of the plan and those a
     * coach may choose), over the last months: one statement.
     */
    private Map<UUID, Lift> history(UUID userId, List<ExerciseSummary> usable) {
        Set<UUID> exerciseIds = usable.stream().map(ExerciseSummary::id).collect(Collectors.toSet());
        ZoneId zone = users.timeZone(userId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<UUID, Lift> lifts = new HashMap<>();
        statistics.estimatedOneRepMax(userId, exerciseIds, new DateRange(today.minusDays(HISTORY_DAYS), today), zone)
                .forEach((exerciseId, points) -> points.stream()
                        .max(Comparator.comparing(TrainingStatistics.E1rmPoint::day))
                        .ifPresent(latest -> lifts.put(exerciseId, new Lift(latest.estimatedOneRepMaxKg(),
                                latest.weightKg(), latest.reps(), latest.day()))));
        return lifts;
    }

    private static ForbiddenException noneLeft() {
        return new ForbiddenException("No AI suggestions left; an administrator can allow more");
    }
}
