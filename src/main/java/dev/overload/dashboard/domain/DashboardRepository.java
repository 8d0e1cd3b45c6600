package dev.overload.dashboard.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DashboardRepository extends JpaRepository<Dashboard, UUID> {

    /** The user's dashboard, locked: changes to its widgets take turns, so positions stay dense. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dashboard d where d.userId = :userId")
    Optional<Dashboard> findForChange(UUID userId);

    /**
     * The user's dashboard with its widgets, in one statement. A fetch join, not an entity graph: Hibernate keeps the
     * SQL it translates a query into, except for a query given an entity graph, which it translated anew on every
     * call (JFR: 58 % of a dashboard request's samples).
     */
    @Query("select d from Dashboard d left join fetch d.widgets where d.userId = :userId")
    Optional<Dashboard> findByUserId(UUID userId);
}
