package dev.overload.planning.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCommentRepository extends JpaRepository<PlanComment, UUID> {

    Page<PlanComment> findByTrainingPlanId(UUID trainingPlanId, Pageable pageable);
}
