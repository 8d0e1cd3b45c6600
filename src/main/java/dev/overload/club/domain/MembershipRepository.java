package dev.overload.club.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.id = :id")
    Optional<Membership> findForUpdate(UUID id);

    /** Every client of the membership, removed ones too (their rows keep referring to it), moves to another. */
    @Modifying
    @Query(value = "update club_clients set membership_id = :target where membership_id = :source",
            nativeQuery = true)
    int moveClients(UUID source, UUID target);

    @Query(value = "select count(*) from club_clients where membership_id = :id", nativeQuery = true)
    long countClients(UUID id);
}
