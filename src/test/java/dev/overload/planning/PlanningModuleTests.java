package dev.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.planning.domain.Plans;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

@ModuleTest
class PlanningModuleTests {

    @Autowired
    Plans plans;

    @Autowired
    TrainingPlans trainingPlans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void changingAPlanIsAnnouncedWithItsOwner(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        UUID planId = plans.create(userId, PlanDetails.named("Strength", null));

        scenario.stimulate(() -> plans.update(userId, planId, PlanDetails.named("Strength 5x5", null)))
                .andWaitForEventOfType(TrainingPlanChanged.class)
                .matching(event -> event.planId().equals(planId) && event.userId().equals(userId))
                .toArrive();
    }

    @Test
    void otherModulesReadNamesAndOwnPlansThroughTheApi() {
        UUID userId = Rows.user(jdbc);
        UUID planId = Rows.plan(jdbc, userId, "Strength");
        UUID dayId = Rows.day(jdbc, userId, planId, "Legs");

        assertThat(trainingPlans.names(java.util.List.of(planId, dayId)))
                .containsEntry(planId, "Strength").containsEntry(dayId, "Legs");
        assertThat(trainingPlans.plannedDay(userId, planId, dayId).planName()).isEqualTo("Strength");
        assertThat(trainingPlans.activePlan(userId)).isEmpty();
    }
}
