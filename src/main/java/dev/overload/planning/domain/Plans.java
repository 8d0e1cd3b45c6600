package dev.overload.planning.domain;

import dev.overload.planning.CompositePlan;
import dev.overload.planning.PlanDetails;
import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.errors.InvalidFieldException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, copying and deleting whole plans. */
@Service
public class Plans {

    private final TrainingPlanRepository plans;
    private final PlanAccess access;
    private final ExerciseCatalog catalog;

    Plans(TrainingPlanRepository plans, PlanAccess access, ExerciseCatalog catalog) {
        this.plans = plans;
        this.access = access;
        this.catalog = catalog;
    }

    @Transactional
    public UUID create(UUID callerId, PlanDetails details) {
        return plans.save(new TrainingPlan(callerId, withValidMuscleTypes(details))).getId();
    }

    @Transactional
    public void update(UUID callerId, UUID planId, PlanDetails details) {
        access.forChange(callerId, planId).apply(withValidMuscleTypes(details));
    }

    @Transactional
    public void delete(UUID callerId, UUID planId) {
        plans.delete(access.forChange(callerId, planId));
    }

    /**
     * A private copy, in the caller's plans, of their own plan or of a public one. Custom exercises of the
     * plan's owner become the caller's own custom exercises, so the copy is fully theirs.
     */
    @Transactional
    public UUID copy(UUID callerId, UUID planId) {
        TrainingPlan source = access.forReading(callerId, planId);
        Map<UUID, UUID> adopted = catalog.adopt(callerId, source.exerciseIds());
        return plans.save(source.copyFor(callerId, adopted)).getId();
    }

    /** Applies the whole desired state in one transaction: all of it, or nothing. */
    @Transactional
    public void replace(UUID callerId, UUID planId, CompositePlan target) {
        replace(access.forChange(callerId, planId), callerId, target);
    }

    /**
     * Like {@link #replace(UUID, UUID, CompositePlan)}, only while the plan is still at {@code expectedVersion}
     * (checked under the plan's lock): a plan changed since is a conflict (409).
     */
    @Transactional
    public void replaceIfUnchanged(UUID callerId, UUID planId, CompositePlan target, long expectedVersion) {
        TrainingPlan plan = access.forChange(callerId, planId);
        // The lock raised the version already: the stored one is the one before this change.
        if (plan.getVersion() - 1 != expectedVersion) {
            throw new ConflictException("The plan has changed since; ask again for a suggestion on its current state");
        }
        replace(plan, callerId, target);
    }

    private void replace(TrainingPlan plan, UUID callerId, CompositePlan target) {
        Set<UUID> added = exerciseIds(target);
        added.removeAll(plan.exerciseIds());
        requireUsable(callerId, added);
        CompositeUpdate.apply(plan, new CompositePlan(withValidMuscleTypes(target.details()), target.days()));
    }

    /** Every exercise must be a system exercise or one of the caller's own (else 404, as seed 004 says). */
    void requireUsable(UUID callerId, Collection<UUID> exerciseIds) {
        Set<UUID> usable = catalog.visibleTo(callerId, exerciseIds).keySet();
        for (UUID id : exerciseIds) {
            if (!usable.contains(id)) {
                throw new NotFoundException("Exercise " + id);
            }
        }
    }

    /** Muscle types are body parts of the catalog (muscle groups or body regions), kept in lower case. */
    PlanDetails withValidMuscleTypes(PlanDetails details) {
        if (details.muscleTypes() == null) {
            return details;
        }
        Set<String> bodyParts = catalog.bodyParts();
        List<String> muscleTypes = details.muscleTypes().stream()
                .map(type -> type.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String type : muscleTypes) {
            if (!bodyParts.contains(type)) {
                throw new InvalidFieldException("muscle_types",
                        "'" + type + "' is not a body part; use one of " + new TreeSet<>(bodyParts));
            }
        }
        return new PlanDetails(details.name(), details.description(), details.status(), details.isPublic(),
                details.difficultyLevel(), muscleTypes, details.estimatedDuration());
    }

    private static Set<UUID> exerciseIds(CompositePlan target) {
        Set<UUID> ids = new LinkedHashSet<>();
        target.days().forEach(day -> day.exercises().forEach(exercise -> {
            if (exercise.details().exerciseId() != null) {
                ids.add(exercise.details().exerciseId());
            }
        }));
        return ids;
    }
}
