package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class LoginRateLimitTests {

    private static final String WRONG_PASSWORD = "not-the-password-1";

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    /** Buckets refill with time: the clock moves only when a test moves it, however slow the machine. */
    @BeforeEach
    void stopTheClock() {
        clock.freeze();
    }

    @AfterEach
    void restartTheClock() {
        clock.reset();
    }

    /**
     * Issue 11, defect 9 changed this: five failures from anywhere used to lock the owner out. Now they lock out
     * only the client that made them; the owner elsewhere still gets in.
     */
    @Test
    void afterFiveFailedLoginsFromOneClientThatClientIsRefusedForAWhileButNotTheOwner() {
        TestUser user = api.newUser();
        String stranger = Api.newClientIp();
        for (int i = 0; i < 5; i++) {
            logIn(stranger, Map.of("username", user.username(), "password", WRONG_PASSWORD)).then().statusCode(401);
        }

        assertTooManyAttempts(logIn(stranger, Map.of("username", user.username(), "password", user.password())));
        logIn(user.clientIp(), Map.of("username", user.username(), "password", user.password()))
                .then().statusCode(200);

        clock.advance(Duration.ofMinutes(3));
        logIn(stranger, Map.of("username", user.username(), "password", user.password())).then().statusCode(200);
    }

    @Test
    void strangersFailingFromManyAddressesDoNotLockTheOwnerOutBeforeTheCeiling() {
        TestUser user = api.newUser();
        for (int i = 0; i < 20; i++) {
            logIn(Api.newClientIp(), Map.of("username", user.username(), "password", WRONG_PASSWORD))
                    .then().statusCode(401);
        }

        logIn(user.clientIp(), Map.of("username", user.username(), "password", user.password()))
                .then().statusCode(200);
    }

    @Test
    void aHundredFailuresAnHourFromAnywhereStopEveryoneGuessingThatName() {
        TestUser user = api.newUser();
        for (int i = 0; i < 100; i++) {
            logIn(Api.newClientIp(), Map.of("username", user.username(), "password", WRONG_PASSWORD))
                    .then().statusCode(401);
        }

        assertTooManyAttempts(logIn(Api.newClientIp(), Map.of("username", user.username(), "password",
                user.password())));
        clock.advance(Duration.ofMinutes(2));
        logIn(Api.newClientIp(), Map.of("username", user.username(), "password", user.password()))
                .then().statusCode(200);
    }

    @Test
    void failedLoginsCountPerNameWhateverItsCase() {
        TestUser user = api.newUser();
        String client = Api.newClientIp();
        for (int i = 0; i < 3; i++) {
            logIn(client, Map.of("username", user.username().toUpperCase(), "password", WRONG_PASSWORD))
                    .then().statusCode(401);
        }
        for (int i = 0; i < 2; i++) {
            logIn(client, Map.of("username", user.username(), "password", WRONG_PASSWORD)).then().statusCode(401);
        }

        assertTooManyAttempts(logIn(client, Map.of("username", user.username(), "password", user.password())));
    }

    /**
     * Issue 11's observation: a limit counted per account answered 429 for the email once the username had used it
     * up, telling a stranger that both name one existing account. Names are counted as given.
     */
    @Test
    void aLimitReachedByUsernameDoesNotRevealTheAccountsEmail() {
        TestUser user = api.newUser();
        String client = Api.newClientIp();
        for (int i = 0; i < 5; i++) {
            logIn(client, Map.of("username", user.username(), "password", WRONG_PASSWORD)).then().statusCode(401);
        }
        assertTooManyAttempts(logIn(client, Map.of("username", user.username(), "password", WRONG_PASSWORD)));

        logIn(client, Map.of("email", user.email(), "password", WRONG_PASSWORD)).then().statusCode(401);
        logIn(client, Map.of("email", "nobody-" + user.email(), "password", WRONG_PASSWORD)).then().statusCode(401);
    }

    @Test
    void aLimitedLoginLooksTheSameForAnUnknownName() {
        TestUser user = api.newUser();
        String ghost = unique("ghost");
        String client = Api.newClientIp();
        for (int i = 0; i < 5; i++) {
            logIn(client, Map.of("username", user.username(), "password", WRONG_PASSWORD)).then().statusCode(401);
            logIn(client, Map.of("username", ghost, "password", WRONG_PASSWORD)).then().statusCode(401);
        }

        Response known = logIn(client, Map.of("username", user.username(), "password", WRONG_PASSWORD));
        Response unknown = logIn(client, Map.of("username", ghost, "password", WRONG_PASSWORD));

        assertTooManyAttempts(known);
        assertTooManyAttempts(unknown);
        assertThat(known.header("Retry-After")).isEqualTo(unknown.header("Retry-After"));
        assertThat(known.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
    }

    @Test
    void anotherAccountIsNotLockedBySomeoneElsesFailures() {
        TestUser locked = api.newUser();
        TestUser bystander = api.newUser();
        for (int i = 0; i < 5; i++) {
            logIn(bystander.clientIp(), Map.of("username", locked.username(), "password", WRONG_PASSWORD))
                    .then().statusCode(401);
        }

        logIn(bystander.clientIp(), Map.of("username", bystander.username(), "password", bystander.password()))
                .then().statusCode(200);
    }

    @Test
    void successfulLoginsDoNotCountAsFailures() {
        TestUser user = api.newUser();

        for (int i = 0; i < 8; i++) {
            logIn(user.clientIp(), Map.of("username", user.username(), "password", user.password()))
                    .then().statusCode(200);
        }
    }

    @Test
    void guessingAtAnUnknownUsernameIsLimitedToo() {
        String ghost = unique("ghost");
        String client = Api.newClientIp();
        for (int i = 0; i < 5; i++) {
            logIn(client, Map.of("username", ghost, "password", WRONG_PASSWORD)).then().statusCode(401);
        }

        assertTooManyAttempts(logIn(client, Map.of("username", ghost.toUpperCase(), "password", "x")));
    }

    /**
     * Issue 11: this failed under CPU load when 30 Argon2 logins took longer than the minute it assumed. The clock
     * stands still now (see {@link #stopTheClock()}), and moving it refills the bucket.
     */
    @Test
    void oneClientIpGetsThirtyLoginAttemptsAMinute() {
        String clientIp = Api.newClientIp();
        TestUser user = api.newUser();
        for (int i = 0; i < 30; i++) {
            logIn(clientIp, Map.of("username", unique("nobody"), "password", WRONG_PASSWORD)).then().statusCode(401);
        }

        assertTooManyAttempts(logIn(clientIp, Map.of("username", user.username(), "password", user.password())));

        logIn(Api.newClientIp(), Map.of("username", user.username(), "password", user.password()))
                .then().statusCode(200);
        clock.advance(Duration.ofSeconds(2));
        logIn(clientIp, Map.of("username", user.username(), "password", user.password())).then().statusCode(200);
        assertTooManyAttempts(logIn(clientIp, Map.of("username", user.username(), "password", user.password())));
    }

    @Test
    void theFourthRegistrationForOneEmailWithinAnHourIsRefused() {
        String email = unique("reg") + "@example.com";
        register(Api.newClientIp(), unique("first"), email).then().statusCode(201);
        register(Api.newClientIp(), unique("second"), email).then().statusCode(409);
        register(Api.newClientIp(), unique("third"), email.toUpperCase()).then().statusCode(409);

        assertTooManyAttempts(register(Api.newClientIp(), unique("fourth"), email));
    }

    @Test
    void theEleventhRegistrationFromOneClientIpWithinAnHourIsRefused() {
        String clientIp = Api.newClientIp();
        for (int i = 0; i < 10; i++) {
            String username = unique("bulk");
            register(clientIp, username, username + "@example.com").then().statusCode(201);
        }

        String username = unique("bulk");
        assertTooManyAttempts(register(clientIp, username, username + "@example.com"));

        String elsewhere = unique("else");
        register(Api.newClientIp(), elsewhere, elsewhere + "@example.com").then().statusCode(201);
    }

    @Test
    void theFourthPasswordResetRequestForOneEmailWithinAnHourIsRefused() {
        TestUser user = api.newUser();
        for (int i = 0; i < 3; i++) {
            requestPasswordReset(Api.newClientIp(), i == 1 ? user.email().toUpperCase() : user.email())
                    .then().statusCode(202);
        }

        assertTooManyAttempts(requestPasswordReset(Api.newClientIp(), user.email()));
    }

    @Test
    void unknownEmailsAreLimitedLikeKnownOnes() {
        String email = unique("nobody") + "@example.com";
        for (int i = 0; i < 3; i++) {
            requestPasswordReset(Api.newClientIp(), email).then().statusCode(202);
        }

        assertTooManyAttempts(requestPasswordReset(Api.newClientIp(), email));
    }

    @Test
    void oneClientIpGetsTenPasswordResetRequestsAnHour() {
        String clientIp = Api.newClientIp();
        for (int i = 0; i < 10; i++) {
            requestPasswordReset(clientIp, unique("nobody") + "@example.com").then().statusCode(202);
        }

        assertTooManyAttempts(requestPasswordReset(clientIp, unique("nobody") + "@example.com"));
    }

    private static void assertTooManyAttempts(Response response) {
        ValidatableResponse then = response.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .body("detail", notNullValue())
                .body("request_id", notNullValue());
        assertThat(Long.parseLong(then.extract().header("Retry-After"))).isGreaterThanOrEqualTo(1);
    }

    private Response logIn(String clientIp, Map<String, ?> body) {
        return api.from(clientIp).body(body).post("/api/auth/login");
    }

    private Response register(String clientIp, String username, String email) {
        return api.from(clientIp)
                .body(Map.of("username", username, "email", email, "password", Api.PASSWORD))
                .post("/api/auth/register");
    }

    private Response requestPasswordReset(String clientIp, String email) {
        return api.from(clientIp).body(Map.of("email", email)).post("/api/auth/password-reset");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
