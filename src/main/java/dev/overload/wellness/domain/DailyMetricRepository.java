package dev.overload.wellness.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DailyMetricRepository extends JpaRepository<DailyMetric, UUID> {

    /**
     * Makes sure the user has a row for the day, empty when new. Two requests for a new day both get past this
     * (the second waits for the first's commit on the unique key) instead of one failing on it.
     */
    @Modifying
    @Query(value = """
            insert into daily_metrics (user_id, date, created_at, updated_at)
            values (:userId, :date, :now, :now)
            on conflict (user_id, date) do nothing""", nativeQuery = true)
    void claim(UUID userId, LocalDate date, Instant now);

    /** The user's day, locked until the transaction ends: writes to one day take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DailyMetric d where d.userId = :userId and d.date = :date")
    Optional<DailyMetric> findForUpdate(UUID userId, LocalDate date);

    /** Deletes the day with its meals (cascading in the database); how many days went (0 or 1). */
    @Modifying
    @Query(value = "delete from daily_metrics where user_id = :userId and date = :date", nativeQuery = true)
    int deleteDay(UUID userId, LocalDate date);
}
