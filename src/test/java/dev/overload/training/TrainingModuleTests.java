package dev.overload.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.training.domain.SessionCompletion;
import dev.overload.training.domain.SessionStart;
import dev.overload.training.domain.Sessions;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

@ModuleTest
class TrainingModuleTests {

    private static final SessionStart AD_HOC = new SessionStart(null, null, null, "Ad hoc", null, null, null, null,
            null, null);

    @Autowired
    Sessions sessions;

    @Autowired
    SessionCompletion completion;

    @Autowired
    JdbcClient jdbc;

    @Test
    void completingASessionIsAnnouncedOnce(Scenario scenario) {
        UUID userId = Rows.user(jdbc);
        UUID sessionId = sessions.start(userId, ZoneOffset.UTC, AD_HOC).id();

        scenario.stimulate(() -> completion.complete(userId, sessionId))
                .andWaitForEventOfType(SessionCompleted.class)
                .matching(event -> event.sessionId().equals(sessionId) && event.userId().equals(userId)
                        && event.trainingPlanId() == null)
                .toArrive();
    }

    @Test
    void completingAgainAnnouncesNothing(PublishedEvents events) {
        UUID userId = Rows.user(jdbc);
        UUID sessionId = sessions.start(userId, ZoneOffset.UTC, AD_HOC).id();

        completion.complete(userId, sessionId);
        completion.complete(userId, sessionId);

        assertThat(events.ofType(SessionCompleted.class).matching(SessionCompleted::sessionId, sessionId::equals))
                .hasSize(1);
    }
}
