package dev.overload.training.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionSetRepository extends JpaRepository<SessionSet, UUID> {

    /** One set of a session with its exercise, without loading the rest of the session. */
    @Query("select s from SessionSet s join fetch s.exercise where s.id = :setId and s.trainingSessionId = :sessionId")
    Optional<SessionSet> findInSession(UUID setId, UUID sessionId);
}
