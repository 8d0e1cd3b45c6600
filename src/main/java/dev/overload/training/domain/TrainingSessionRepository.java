package dev.overload.training.domain;

import dev.overload.training.SessionStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, UUID> {

    /** The owner's session, locked until the transaction ends: changes to one session take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TrainingSession s where s.id = :id and s.userId = :userId")
    Optional<TrainingSession> findOwnedForUpdate(UUID id, UUID userId);

    @Query("select s.id from TrainingSession s where s.userId = :userId and s.status = :status and s.id <> :exceptId")
    Optional<UUID> findOtherWithStatus(UUID userId, SessionStatus status, UUID exceptId);
}
