package dev.overload.dashboard.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DashboardRepository extends JpaRepository<Dashboard, UUID> {

    /** The user's dashboard, locked: changes to its widgets take turns, so positions stay dense. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dashboard d where d.userId = :userId")
    Optional<Dashboard> findForChange(UUID userId);

    /** The user's dashboard with its widgets, in one statement. */
    @EntityGraph(attributePaths = "widgets")
    Optional<Dashboard> findByUserId(UUID userId);
}
