package dev.overload.scheduling.domain;

import dev.overload.scheduling.OneOffWorkouts;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-off schedules for the modules above, checked like any schedule a user places. */
@Service
class OneOffWorkoutsService implements OneOffWorkouts {

    private final Schedules schedules;
    private final ScheduleRepository repository;

    OneOffWorkoutsService(Schedules schedules, ScheduleRepository repository) {
        this.schedules = schedules;
        this.repository = repository;
    }

    @Override
    public UUID place(UUID userId, UUID planId, UUID dayId, Instant start, Instant end) {
        return schedules.create(userId, new ScheduleDraft(planId, dayId, start, end, REMIND_BEFORE_MINUTES, null))
                .getId();
    }

    @Override
    public void move(UUID userId, UUID scheduleId, UUID planId, UUID dayId, Instant start, Instant end) {
        schedules.replace(userId, scheduleId, new ScheduleDraft(planId, dayId, start, end, REMIND_BEFORE_MINUTES,
                null));
    }

    @Override
    @Transactional
    public void remove(UUID userId, UUID scheduleId) {
        repository.findByIdAndUserId(scheduleId, userId).ifPresent(repository::delete);
    }
}
