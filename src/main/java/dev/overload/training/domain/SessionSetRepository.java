package dev.overload.training.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionSetRepository extends JpaRepository<SessionSet, UUID> {

    /** One set of a session with its exercise, in one statement (the caller holds the session's lock). */
    @Query("select s from SessionSet s join fetch s.exercise e where s.id = :setId and e.session.id = :sessionId")
    Optional<SessionSet> findInSession(UUID setId, UUID sessionId);
}
