package dev.overload.club.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClubPlanRepository extends JpaRepository<ClubPlan, UUID> {
}
