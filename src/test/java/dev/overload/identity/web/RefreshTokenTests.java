package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import dev.overload.identity.domain.ExpiredTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class RefreshTokenTests {

    /** {@code overload.identity.refresh-reuse-grace}. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    ExpiredTokens expiredTokens;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refreshingReturnsANewPairDifferentFromTheOld() {
        TestUser user = api.newUser();

        JsonPath next = refresh(user.refreshToken())
                .then().statusCode(200)
                .body("access_token", not(emptyOrNullString()))
                .body("refresh_token", not(emptyOrNullString()))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .extract().jsonPath();

        assertThat(next.getString("access_token")).isNotEqualTo(user.accessToken());
        assertThat(next.getString("refresh_token")).isNotEqualTo(user.refreshToken());
        api.anonymous().auth().oauth2(next.getString("access_token")).get("/api/users/me")
                .then().statusCode(200)
                .body("id", equalTo(user.id().toString()));
    }

    @Test
    void eachNewRefreshTokenCanBeRefreshedInTurn() {
        TestUser user = api.newUser();

        String token = user.refreshToken();
        for (int i = 0; i < 3; i++) {
            token = refresh(token).then().statusCode(200).extract().path("refresh_token");
        }
    }

    @Test
    void aSpentRefreshTokenPresentedAgainIsRefusedAndRevokesTheWholeLogin() {
        TestUser user = api.newUser();
        String newest = refresh(user.refreshToken()).then().statusCode(200).extract().path("refresh_token");
        clock.advance(GRACE.plusSeconds(1));

        refresh(user.refreshToken())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", notNullValue());

        refresh(newest).then().statusCode(401);
    }

    @Test
    void reuseInOneLoginLeavesTheOtherLoginsOfTheUserAlone() {
        TestUser user = api.newUser();
        TestUser otherLogin = api.logIn(user);
        refresh(user.refreshToken()).then().statusCode(200);
        clock.advance(GRACE.plusSeconds(1));

        refresh(user.refreshToken()).then().statusCode(401);

        refresh(otherLogin.refreshToken())
                .then().statusCode(200)
                .body("refresh_token", not(emptyOrNullString()));
    }

    @Test
    void aReplayedRefreshTokenAlsoEndsTheAccessTokensOfTheAccount() {
        TestUser user = api.newUser();
        String access = refresh(user.refreshToken()).then().statusCode(200).extract().path("access_token");
        clock.advance(GRACE.plusSeconds(1));

        refresh(user.refreshToken()).then().statusCode(401);

        api.anonymous().auth().oauth2(access).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void withinTheGracePeriodASpentTokenGetsAPairOfItsOwnAndNothingIsRevoked() {
        TestUser user = api.newUser();
        JsonPath first = refresh(user.refreshToken()).then().statusCode(200).extract().jsonPath();
        clock.advance(GRACE.minusSeconds(2));

        JsonPath second = refresh(user.refreshToken()).then().statusCode(200).extract().jsonPath();

        assertThat(second.getString("refresh_token")).isNotEqualTo(first.getString("refresh_token"));
        refresh(first.getString("refresh_token")).then().statusCode(200);
        refresh(second.getString("refresh_token")).then().statusCode(200);
        api.anonymous().auth().oauth2(first.getString("access_token")).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void aClientSendingItsRefreshTokenTwiceAtOnceStaysLoggedIn() throws Exception {
        TestUser user = api.newUser();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> refresh(user.refreshToken()).statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRevokedTokenGetsNoGracePeriod() {
        TestUser user = api.newUser();
        logOut(user.refreshToken()).then().statusCode(204);

        refresh(user.refreshToken()).then().statusCode(401);
    }

    @Test
    void aRefreshTokenStillWorksJustBeforeItExpires() {
        TestUser user = api.newUser();

        clock.advance(Duration.ofDays(29));

        refresh(user.refreshToken()).then().statusCode(200);
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        TestUser user = api.newUser();

        clock.advance(Duration.ofDays(31));

        refresh(user.refreshToken())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theHourlyJobPurgesExpiredRefreshTokens() {
        TestUser user = api.newUser();
        clock.advance(Duration.ofDays(29));
        expiredTokens.purge();
        assertThat(refreshTokensOf(user)).isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        expiredTokens.purge();

        assertThat(refreshTokensOf(user)).isZero();
    }

    private long refreshTokensOf(TestUser user) {
        return jdbc.sql("select count(*) from refresh_tokens where user_id = :user").param("user", user.id())
                .query(Long.class).single();
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refresh("this-is-not-a-refresh-token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("request_id", notNullValue());
    }

    @Test
    void aBlankOrMissingRefreshTokenIsInvalid() {
        refresh("")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("refresh_token"));
        refresh("   ")
                .then().statusCode(400)
                .body("errors.field", hasItem("refresh_token"));
        api.anonymous().body(Map.of()).post("/api/auth/refresh")
                .then().statusCode(400)
                .body("errors.field", hasItem("refresh_token"));
        Map<String, Object> explicitNull = new HashMap<>();
        explicitNull.put("refresh_token", null);
        api.anonymous().body(explicitNull).post("/api/auth/refresh")
                .then().statusCode(400)
                .body("errors.field", hasItem("refresh_token"));
    }

    @Test
    void anOverlongRefreshTokenIsInvalid() {
        refresh("x".repeat(201))
                .then().statusCode(400)
                .body("errors.field", hasItem("refresh_token"));
    }

    @Test
    void loggingOutRevokesTheRefreshToken() {
        TestUser user = api.newUser();

        logOut(user.refreshToken()).then().statusCode(204);

        refresh(user.refreshToken()).then().statusCode(401);
    }

    @Test
    void loggingOutWithARotatedTokenEndsThatLogin() {
        TestUser user = api.newUser();
        String newest = refresh(user.refreshToken()).then().statusCode(200).extract().path("refresh_token");

        logOut(newest).then().statusCode(204);

        refresh(newest).then().statusCode(401);
    }

    @Test
    void loggingOutEndsOnlyThatLogin() {
        TestUser user = api.newUser();
        TestUser otherLogin = api.logIn(user);

        logOut(user.refreshToken()).then().statusCode(204);

        refresh(otherLogin.refreshToken()).then().statusCode(200);
    }

    @Test
    void loggingOutWithAnUnknownOrAlreadyRevokedTokenSucceedsQuietly() {
        TestUser user = api.newUser();

        logOut("no-such-refresh-token").then().statusCode(204);
        logOut(user.refreshToken()).then().statusCode(204);
        logOut(user.refreshToken()).then().statusCode(204);
    }

    @Test
    void loggingOutWithABlankTokenIsInvalid() {
        logOut("")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("refresh_token"));
    }

    @Test
    void refreshTokensOfADeletedAccountAreRefused() {
        TestUser user = api.newUser();
        TestUser otherLogin = api.logIn(user);

        api.as(user).delete("/api/users/me").then().statusCode(204);

        refresh(user.refreshToken()).then().statusCode(401);
        refresh(otherLogin.refreshToken()).then().statusCode(401);
    }

    @Test
    void aStaleOrInvalidAuthorizationHeaderIsIgnoredByTheAuthEndpoints() {
        TestUser user = api.newUser();
        api.as(user).delete("/api/users/me").then().statusCode(204);
        String deletedAccountsToken = user.accessToken();
        TestUser other = api.newUser();

        for (String stale : new String[]{"garbage", "a.b.c", deletedAccountsToken}) {
            String refreshToken = api.from(other.clientIp()).auth().oauth2(stale)
                    .body(Map.of("username", other.username(), "password", other.password()))
                    .post("/api/auth/login")
                    .then().statusCode(200)
                    .extract().path("refresh_token");
            api.from(other.clientIp()).auth().oauth2(stale)
                    .body(Map.of("refresh_token", refreshToken))
                    .post("/api/auth/refresh")
                    .then().statusCode(200);
        }
        api.from(other.clientIp()).header("Authorization", "Bearer")
                .body(Map.of("refresh_token", other.refreshToken()))
                .post("/api/auth/logout")
                .then().statusCode(204);
    }

    @Test
    void anExpiredAccessTokenDoesNotStopARefresh() {
        TestUser user = api.newUser();
        clock.advance(Duration.ofMinutes(20));

        api.as(user).get("/api/users/me").then().statusCode(401);
        api.as(user).body(Map.of("refresh_token", user.refreshToken()))
                .post("/api/auth/refresh")
                .then().statusCode(200);
    }

    private Response refresh(String refreshToken) {
        return api.anonymous().body(Map.of("refresh_token", refreshToken)).post("/api/auth/refresh");
    }

    private Response logOut(String refreshToken) {
        return api.anonymous().body(Map.of("refresh_token", refreshToken)).post("/api/auth/logout");
    }
}
