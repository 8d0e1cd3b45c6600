package dev.overload.training.domain;

import dev.overload.training.SessionStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, UUID> {

    /**
     * Locks the owner's session until the transaction ends (changes to one session take turns) and raises its
     * version in the same statement, so every change to the session or its sets gives it a new version (its ETag).
     */
    String LOCK = "update training_sessions set version = version + 1 where id = :id and user_id = :userId";

    /** The owner's session, {@link #LOCK locked}. */
    @Query(value = LOCK + " returning *", nativeQuery = true)
    Optional<TrainingSession> findOwnedForUpdate(UUID id, UUID userId);

    @Query("select s.id from TrainingSession s where s.userId = :userId and s.status = :status and s.id <> :exceptId")
    Optional<UUID> findOtherWithStatus(UUID userId, SessionStatus status, UUID exceptId);
}
