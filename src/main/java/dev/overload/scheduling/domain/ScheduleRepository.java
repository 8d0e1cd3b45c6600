package dev.overload.scheduling.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScheduleRepository extends JpaRepository<Schedule, UUID> {

    Optional<Schedule> findByIdAndUserId(UUID id, UUID userId);

    /** Due reminders, locked; rows another instance is working on are skipped rather than waited for. */
    @Query(value = """
            select * from schedules where next_reminder_at <= :now
            order by next_reminder_at limit :limit for update skip locked""", nativeQuery = true)
    List<Schedule> lockDueReminders(Instant now, int limit);

    List<Schedule> findByPlanId(UUID planId);

    @Modifying
    @Query("delete from Schedule s where s.userId = :userId")
    int deleteAllOf(UUID userId);
}
