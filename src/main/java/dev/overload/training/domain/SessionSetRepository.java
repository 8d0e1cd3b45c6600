package dev.overload.training.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SessionSetRepository extends JpaRepository<SessionSet, UUID> {

    /**
     * One set of the user's session with its exercise and session, all three rows locked, in one
     * statement: logging a set is the hot path, and the lock keeps it apart from the session's completion.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select s from SessionSet s join fetch s.exercise e join fetch e.session t
            where s.id = :setId and t.id = :sessionId and t.userId = :userId""")
    Optional<SessionSet> findForChange(UUID setId, UUID sessionId, UUID userId);
}
