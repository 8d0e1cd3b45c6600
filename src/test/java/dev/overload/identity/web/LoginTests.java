package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@ApiTest
class LoginTests {

    @Autowired
    Api api;

    @Value("${overload.identity.issuer}")
    String issuer;

    @Test
    void loggingInWithUsernameReturnsABearerTokenPair() throws Exception {
        TestUser user = api.newUser();

        var tokens = logIn(Map.of("username", user.username(), "password", user.password()))
                .then().statusCode(200)
                .body("access_token", not(emptyOrNullString()))
                .body("refresh_token", not(emptyOrNullString()))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .extract().jsonPath();

        assertThat(tokens.getString("refresh_token")).isNotEqualTo(tokens.getString("access_token"));
        SignedJWT accessToken = SignedJWT.parse(tokens.getString("access_token"));
        assertThat(accessToken.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        JWTClaimsSet claims = accessToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        assertThat(claims.getSubject()).isEqualTo(user.id().toString());
        assertThat(claims.getStringClaim("role")).isEqualTo("USER");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo(user.username());
        Duration lifetime = Duration.between(Instant.now(), claims.getExpirationTime().toInstant());
        assertThat(lifetime).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15).plusSeconds(5));
    }

    @Test
    void theUsernameMatchesWhateverItsCase() {
        TestUser user = api.newUser();

        logIn(Map.of("username", user.username().toUpperCase(), "password", user.password()))
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"));
    }

    @Test
    void loggingInWithEmailWorksWhateverItsCase() {
        TestUser user = api.newUser();

        logIn(Map.of("email", user.email(), "password", user.password()))
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900));
        logIn(Map.of("email", user.email().toUpperCase(), "password", user.password()))
                .then().statusCode(200)
                .body("access_token", not(emptyOrNullString()));
    }

    @Test
    void theAccessTokenOpensTheAccount() {
        TestUser user = api.newUser();
        String accessToken = logIn(Map.of("email", user.email(), "password", user.password()))
                .then().statusCode(200).extract().path("access_token");

        api.anonymous().auth().oauth2(accessToken)
                .get("/api/users/me")
                .then().statusCode(200)
                .body("id", equalTo(user.id().toString()))
                .body("username", equalTo(user.username()));
    }

    @Test
    void loggingInRecordsTheLastLogin() {
        String username = unique("last");
        String clientIp = Api.newClientIp();
        api.from(clientIp)
                .body(Map.of("username", username, "email", username + "@example.com", "password", Api.PASSWORD))
                .post("/api/auth/register")
                .then().statusCode(201)
                .body("last_login", nullValue());
        Instant before = Instant.now().minusSeconds(5);

        String accessToken = api.from(clientIp).body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/login")
                .then().statusCode(200).extract().path("access_token");

        String lastLogin = api.from(clientIp).auth().oauth2(accessToken).get("/api/users/me")
                .then().statusCode(200)
                .body("last_login", notNullValue())
                .extract().path("last_login");
        assertThat(Instant.parse(lastLogin)).isBetween(before, Instant.now().plusSeconds(5));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        TestUser user = api.newUser();

        Response wrongPassword = logIn(Map.of("username", user.username(), "password", "not-the-password-1"));
        Response unknownUser = logIn(Map.of("username", unique("ghost"), "password", Api.PASSWORD));
        Response unknownEmail = logIn(Map.of("email", unique("ghost") + "@example.com", "password", Api.PASSWORD));
        Response wrongPasswordByEmail = logIn(Map.of("email", user.email(), "password", "not-the-password-1"));

        for (Response response : new Response[]{wrongPassword, unknownUser, unknownEmail, wrongPasswordByEmail}) {
            response.then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthorized"))
                    .body("detail", equalTo(wrongPassword.path("detail")))
                    .body("request_id", notNullValue());
        }
    }

    static Object[][] bothOrNeitherIdentifier() {
        return new Object[][]{
                {Map.of("username", "someone", "email", "someone@example.com", "password", Api.PASSWORD)},
                {Map.of("password", Api.PASSWORD)},
                {Map.of("username", " ", "email", "", "password", Api.PASSWORD)},
        };
    }

    @ParameterizedTest
    @MethodSource("bothOrNeitherIdentifier")
    void eitherAUsernameOrAnEmailMustBeGiven(Map<String, Object> body) {
        logIn(body)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("username"));
    }

    @Test
    void thePasswordIsRequired() {
        TestUser user = api.newUser();

        logIn(Map.of("username", user.username()))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
        logIn(Map.of("username", user.username(), "password", ""))
                .then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void aNullPasswordIsRequiredToo() {
        Map<String, Object> body = new HashMap<>();
        body.put("username", unique("nopass"));
        body.put("password", null);

        logIn(body).then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void aMissingOrMalformedBodyIsABadRequest() {
        api.anonymous().post("/api/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json");
        api.anonymous().body("{\"username\": ").post("/api/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDeletedAccountCanNoLongerLogIn() {
        TestUser user = api.newUser();
        String detailForWrongPassword = logIn(Map.of("username", unique("ghost"), "password", Api.PASSWORD))
                .then().statusCode(401).extract().path("detail");

        api.as(user).delete("/api/users/me").then().statusCode(204);

        logIn(Map.of("username", user.username(), "password", user.password()))
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo(detailForWrongPassword));
        logIn(Map.of("email", user.email(), "password", user.password()))
                .then().statusCode(401);
    }

    private Response logIn(Map<String, ?> body) {
        return api.anonymous().body(body).post("/api/auth/login");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void oneAccountMayLogInFromSeveralDevicesAtOnce() throws Exception {
        TestUser user = api.newUser();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var logins = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                logins.add(pool.submit(() -> {
                    start.await();
                    return api.from(user.clientIp())
                            .body(Map.of("username", user.username(), "password", user.password()))
                            .post("/api/auth/login").statusCode();
                }));
            }
            start.countDown();
            for (var login : logins) {
                assertThat(login.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
