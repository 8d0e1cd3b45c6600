package dev.overload.club.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClubTrainingRepository extends JpaRepository<ClubTraining, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ClubTraining t where t.id = :id")
    Optional<ClubTraining> findForUpdate(UUID id);
}
