package dev.overload.scheduling.domain;

import dev.overload.planning.TrainingPlanChanged;
import dev.overload.planning.TrainingPlans;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the names schedules show in step with their plans: when planning announces a changed plan, the
 * names of its schedules are read again (a renamed plan or day shows in listings, reminders and the feed).
 */
@Component
class PlanNames {

    private final ScheduleRepository schedules;
    private final TrainingPlans plans;

    PlanNames(ScheduleRepository schedules, TrainingPlans plans) {
        this.schedules = schedules;
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(TrainingPlanChanged event) {
        List<Schedule> ofPlan = schedules.findByPlanId(event.planId());
        if (ofPlan.isEmpty()) {
            return;
        }
        Set<UUID> ids = new HashSet<>();
        ids.add(event.planId());
        ofPlan.forEach(schedule -> {
            if (schedule.dayId() != null) {
                ids.add(schedule.dayId());
            }
        });
        Map<UUID, String> names = plans.names(ids);
        String planName = names.get(event.planId());
        if (planName == null) {
            return; // The plan is gone; its schedules went with it.
        }
        ofPlan.forEach(schedule -> schedule.name(new WorkoutNames(planName,
                schedule.dayId() == null ? null : names.get(schedule.dayId()))));
    }
}
