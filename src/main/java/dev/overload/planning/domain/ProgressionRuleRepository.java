package dev.overload.planning.domain;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

interface ProgressionRuleRepository extends JpaRepository<ProgressionRule, UUID> {

    Optional<ProgressionRule> findByTrainingPlanIdAndExerciseId(UUID trainingPlanId, UUID exerciseId);

    /**
     * Read only: completing a session writes the rules' failure counts in SQL, never through these entities. Nor does
     * the read flush first: the rules are not changed through the persistence context, and a flush would dirty-check
     * the completed session's whole graph once more before its own flush.
     */
    @QueryHints({@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"),
            @QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT")})
    List<ProgressionRule> findByTrainingPlanId(UUID trainingPlanId);
}
