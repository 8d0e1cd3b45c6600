package dev.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.planning.domain.Plans;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
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
    void theTargetWeightsACompletedSessionMovesAreNotAnnounced(PublishedEvents events) {
        UUID userId = Rows.user(jdbc);
        UUID planId = Rows.plan(jdbc, userId, "Strength");
        UUID exerciseId = jdbc.sql("select id from exercises order by id limit 1").query(UUID.class).single();

        List<ProgressionApplied> applied = trainingPlans.applyProgression(userId, planId,
                List.of(new SessionOutcome(exerciseId, Set.of(), false)));

        assertThat(applied).singleElement().satisfies(change -> assertThat(change.consecutiveFailures()).isOne());
        assertThat(jdbc.sql("select version from training_plans where id = :id").param("id", planId)
                .query(Long.class).single()).isOne();
        assertThat(events.ofType(TrainingPlanChanged.class)).isEmpty();
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
