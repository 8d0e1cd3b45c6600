package dev.overload.club.domain;

import dev.overload.identity.Users;
import dev.overload.planning.SingleDayPlans;
import dev.overload.planning.WorkoutExercise;
import dev.overload.scheduling.OneOffWorkouts;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Club trainings and their exercises, written by the club's administrators and the client's trainer. A
 * training is a one-day plan of the client (planning's {@link SingleDayPlans}); a dated one is placed in the
 * client's calendar at the club's training time in the client's time zone ({@link OneOffWorkouts}), moved when
 * its date or duration changes and taken out when the date is cleared.
 */
@Service
public class Trainings {

    static final String DEFAULT_TYPE = "STRENGTH";

    private final ClubTrainingRepository trainings;
    private final ClubAccess access;
    private final ClubSettings settings;
    private final SingleDayPlans plans;
    private final OneOffWorkouts calendar;
    private final Users users;
    private final List<String> trainingTypes;

    Trainings(ClubTrainingRepository trainings, ClubAccess access, ClubSettings settings, SingleDayPlans plans,
            OneOffWorkouts calendar, Users users,
            @Value("${overload.club.training-types}") List<String> trainingTypes) {
        this.trainings = trainings;
        this.access = access;
        this.settings = settings;
        this.plans = plans;
        this.calendar = calendar;
        this.users = users;
        this.trainingTypes = trainingTypes.stream().map(type -> type.strip().toUpperCase(Locale.ROOT)).toList();
    }

    @Transactional
    public UUID create(CurrentUser caller, UUID clientId, TrainingDraft draft) {
        Client client = access.forChange(caller, clientId);
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidFieldException("title", "is required");
        }
        SingleDayPlans.PlanDay plan = plans.create(client.userId(), draft.title().strip(), null);
        ClubTraining training = new ClubTraining(client.userId(), clientId, plan.planId(), plan.dayId(),
                caller.actedBy() != null ? caller.actedBy() : caller.id());
        training.describe(type(draft.trainingType() != null ? draft.trainingType() : DEFAULT_TYPE),
                draft.intensity(), draft.durationMin(), draft.date(), false, draft.description());
        place(training);
        return trainings.save(training).getId();
    }

    @Transactional
    public void update(CurrentUser caller, UUID trainingId, TrainingDraft changes) {
        ClubTraining training = forChange(caller, trainingId);
        LocalDate dateBefore = training.date();
        int durationBefore = training.durationMin();
        training.describe(changes.trainingType() == null ? null : type(changes.trainingType()), changes.intensity(),
                changes.durationMin(), changes.date(), changes.clearDate(), changes.description());
        if (changes.title() != null) {
            plans.describe(training.userId(), training.planId(), changes.title().strip(), null);
        }
        if (!Objects.equals(dateBefore, training.date()) || durationBefore != training.durationMin()) {
            place(training);
        }
    }

    /** The training goes with its plan (and the plan's schedule); sessions that trained it stay. */
    @Transactional
    public void delete(CurrentUser caller, UUID trainingId) {
        ClubTraining training = forChange(caller, trainingId);
        plans.delete(training.userId(), training.planId());
    }

    @Transactional
    public UUID addExercise(CurrentUser caller, UUID trainingId, WorkoutExercise exercise) {
        ClubTraining training = forChange(caller, trainingId);
        return positioned(() -> plans.addExercise(training.userId(), training.planId(), exercise));
    }

    @Transactional
    public void updateExercise(CurrentUser caller, UUID trainingId, UUID entryId, WorkoutExercise change) {
        ClubTraining training = forChange(caller, trainingId);
        positioned(() -> {
            plans.updateExercise(training.userId(), training.planId(), entryId, change);
            return entryId;
        });
    }

    @Transactional
    public void removeExercise(CurrentUser caller, UUID trainingId, UUID entryId) {
        ClubTraining training = forChange(caller, trainingId);
        plans.removeExercise(training.userId(), training.planId(), entryId);
    }

    /** The client is locked before the training, as every club write on a client does. */
    private ClubTraining forChange(CurrentUser caller, UUID trainingId) {
        UUID clientId = trainings.findById(trainingId).map(ClubTraining::clientId)
                .orElseThrow(() -> new NotFoundException("Training"));
        access.forChange(caller, clientId);
        return trainings.findForUpdate(trainingId).orElseThrow(() -> new NotFoundException("Training"));
    }

    /** Places, moves or takes out the training's workout in the client's calendar, after its date. */
    private void place(ClubTraining training) {
        if (training.date() == null) {
            if (training.scheduleId() != null) {
                calendar.remove(training.userId(), training.scheduleId());
                training.placed(null);
            }
            return;
        }
        Instant start = training.date().atTime(settings.get().trainingTime())
                .atZone(users.timeZone(training.userId())).toInstant();
        Instant end = start.plus(Duration.ofMinutes(training.durationMin()));
        try {
            if (training.scheduleId() == null) {
                training.placed(calendar.place(training.userId(), training.planId(), training.dayId(), start, end));
            } else {
                calendar.move(training.userId(), training.scheduleId(), training.planId(), training.dayId(), start,
                        end);
            }
        } catch (InvalidFieldException outOfRange) {
            throw new InvalidFieldException("date", "must be between 2000 and ten years from now");
        }
    }

    private String type(String given) {
        String type = given.strip().toUpperCase(Locale.ROOT);
        if (!trainingTypes.contains(type)) {
            throw new InvalidFieldException("training_type", "must be one of " + String.join(", ", trainingTypes));
        }
        return type;
    }

    /** Planning names a position {@code order_index}; the club calls it {@code order_in_training}. */
    private static UUID positioned(Supplier<UUID> change) {
        try {
            return change.get();
        } catch (InvalidFieldException invalid) {
            if ("order_index".equals(invalid.field())) {
                throw new InvalidFieldException("order_in_training", invalid.getMessage());
            }
            throw invalid;
        }
    }
}
