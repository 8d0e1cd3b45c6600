package dev.overload.club.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID> {

    @Query("select c from Client c where c.id = :id and c.deletedAt is null")
    Optional<Client> findCurrent(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id = :id and c.deletedAt is null")
    Optional<Client> findCurrentForUpdate(UUID id);

    @Query("select count(c) > 0 from Client c where c.userId = :userId and c.deletedAt is null")
    boolean existsForUser(UUID userId);
}
