package dev.overload.planning.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TrainingPlanRepository extends JpaRepository<TrainingPlan, UUID> {

    /**
     * The owner's plan, its row locked until the transaction ends: every change to a plan's structure
     * starts here, so concurrent edits of one plan take turns and sibling positions stay dense. The plan's
     * version goes up with every such change, so a read can tell whether a cached structure is current.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select p from TrainingPlan p where p.id = :id and p.userId = :userId")
    Optional<TrainingPlan> findOwnedForUpdate(UUID id, UUID userId);

    @Query("select p.isPublic from TrainingPlan p where p.id = :id")
    Optional<Boolean> isPublic(UUID id);

    boolean existsByIdAndUserId(UUID id, UUID userId);
}
