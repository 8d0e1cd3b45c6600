package dev.overload.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import dev.overload.client.ApiClient;
import dev.overload.client.api.AuthenticationApi;
import dev.overload.client.api.ExercisesApi;
import dev.overload.client.api.PersonalRecordsApi;
import dev.overload.client.api.SessionSetsApi;
import dev.overload.client.api.TrainingPlanDaysApi;
import dev.overload.client.api.TrainingPlanExerciseSetsApi;
import dev.overload.client.api.TrainingPlanExercisesApi;
import dev.overload.client.api.TrainingPlansApi;
import dev.overload.client.api.TrainingSessionsApi;
import dev.overload.client.model.AddExerciseRequest;
import dev.overload.client.model.CreateDayRequest;
import dev.overload.client.model.CreateSetRequest;
import dev.overload.client.model.DayResponse;
import dev.overload.client.model.ExerciseDraft;
import dev.overload.client.model.ExerciseView;
import dev.overload.client.model.LoginRequest;
import dev.overload.client.model.PersonalRecordResponse;
import dev.overload.client.model.PlanExerciseResponse;
import dev.overload.client.model.PlanRequest;
import dev.overload.client.model.PlanResponse;
import dev.overload.client.model.RegisterRequest;
import dev.overload.client.model.SessionResponse;
import dev.overload.client.model.SessionResponseProgression;
import dev.overload.client.model.SessionSetResponse;
import dev.overload.client.model.StartSessionRequest;
import dev.overload.client.model.TokenResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A consumer's view: the Java client that openapi-generator makes from docs/openapi.json during the build
 * (target/generated-client) trains once through the whole scenario, with typed requests and responses only.
 */
@ApiTest
class GeneratedClientJourneyTests {

    @Autowired
    Environment environment;

    @Test
    void registerPlanTrainAndSeeTheRecordsThroughTheGeneratedClient() {
        ApiClient client = new ApiClient();
        client.setBasePath("http://localhost:" + environment.getRequiredProperty("local.server.port"));
        String username = "client" + UUID.randomUUID().toString().substring(0, 8);

        AuthenticationApi authentication = new AuthenticationApi(client);
        authentication.register(new RegisterRequest().username(username).email(username + "@example.com")
                .password("correct-horse-9"));
        TokenResponse tokens = authentication.logIn(new LoginRequest().username(username).password("correct-horse-9"));
        client.setBearerToken(tokens.getAccessToken());

        ExerciseView squat = new ExercisesApi(client).createExercise(new ExerciseDraft().name("Client squat"), key(),
                null);
        PlanResponse plan = new TrainingPlansApi(client).createTrainingPlan(new PlanRequest().name("Client 5x5"),
                key(), null);
        DayResponse day = new TrainingPlanDaysApi(client).createTrainingPlanDay(plan.getId(),
                new CreateDayRequest().name("Day A"), key(), null);
        PlanExerciseResponse slot = new TrainingPlanExercisesApi(client).createTrainingPlanExercise(plan.getId(),
                day.getId(), new AddExerciseRequest().exerciseId(squat.getId()), key(), null);
        TrainingPlanExerciseSetsApi targets = new TrainingPlanExerciseSetsApi(client);
        for (int i = 0; i < 3; i++) {
            targets.createTrainingPlanSet(plan.getId(), day.getId(), slot.getId(),
                    new CreateSetRequest().expectedReps(5).expectedWeight(new BigDecimal("100")), key(), null);
        }

        TrainingSessionsApi sessions = new TrainingSessionsApi(client);
        SessionResponse session = sessions.createTrainingSession(new StartSessionRequest().trainingPlanId(plan.getId())
                .trainingPlanDayId(day.getId()), key(), null);
        assertThat(session.getSets()).hasSize(3);
        SessionSetsApi sets = new SessionSetsApi(client);
        for (SessionSetResponse set : session.getSets()) {
            SessionSetResponse done = sets.completeSessionSet(session.getId(), set.getId(), null, null);
            assertThat(done.getStatus()).isEqualTo(SessionSetResponse.StatusEnum.COMPLETED);
        }
        SessionResponse completed = sessions.completeTrainingSession(session.getId(), key(), null);

        assertThat(completed.getStatus()).isEqualTo(SessionResponse.StatusEnum.COMPLETED);
        assertThat(completed.getProgression()).extracting(SessionResponseProgression::getOutcome)
                .containsExactly(SessionResponseProgression.OutcomeEnum.SUCCESS);
        List<PersonalRecordResponse> records = new PersonalRecordsApi(client).listPersonalRecords(squat.getId(), null,
                null, null, null, null);
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record.getExerciseId())
                .isEqualTo(squat.getId()));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
