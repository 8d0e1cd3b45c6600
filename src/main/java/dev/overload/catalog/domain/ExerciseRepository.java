package dev.overload.catalog.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseRepository extends JpaRepository<Exercise, UUID> {

    /** Names are unique among system exercises and within one user's custom exercises, ignoring case. */
    @Query("""
            select count(e) > 0 from Exercise e
            where lower(e.name) = lower(:name) and e.id <> :excludedId
              and (e.ownerId = :ownerId or (e.ownerId is null and :ownerId is null))""")
    boolean nameTaken(String name, @Nullable UUID ownerId, UUID excludedId);

    @Query("select e from Exercise e where e.ownerId = :ownerId and lower(e.name) = lower(:name)")
    Optional<Exercise> findCustom(UUID ownerId, String name);
}
