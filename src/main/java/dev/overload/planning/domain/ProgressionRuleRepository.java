package dev.overload.planning.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressionRuleRepository extends JpaRepository<ProgressionRule, UUID> {

    Optional<ProgressionRule> findByTrainingPlanIdAndExerciseId(UUID trainingPlanId, UUID exerciseId);

    List<ProgressionRule> findByTrainingPlanId(UUID trainingPlanId);
}
