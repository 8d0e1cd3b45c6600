package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.TestUser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The web app's sign-in: the refresh token only ever in an httpOnly, SameSite=Strict cookie scoped to
 * /api/auth/web, rotated on refresh, cleared on logout; cross-site requests refused.
 */
@ApiTest
class WebSessionTests {

    private static final String COOKIE = "overloadRefresh";

    /** {@code overload.identity.refresh-reuse-grace}. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    Environment environment;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String origin() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    private RequestSpecification fromApp(TestUser user) {
        return api.from(user.clientIp()).header("X-Overload-Csrf", "1").header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin");
    }

    private Response logIn(TestUser user) {
        return fromApp(user).body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/auth/web/login");
    }

    @Test
    void loginAnswersAnAccessTokenAndSetsTheRefreshTokenAsAStrictHttpOnlyCookie() {
        TestUser user = api.newUser();

        Response login = logIn(user);

        login.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("access_token", not(emptyOrNullString()))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900));
        assertThat(login.jsonPath().getMap("$")).doesNotContainKey("refresh_token");
        String setCookie = login.getHeader("Set-Cookie");
        assertThat(setCookie).startsWith(COOKIE + "=").contains("; Path=/api/auth/web").contains("; HttpOnly")
                .contains("; SameSite=Strict").contains("; Max-Age=2592000").doesNotContain("Secure");
        assertThat(login.getCookie(COOKIE)).hasSizeGreaterThan(20);
        api.from(user.clientIp()).auth().oauth2(login.path("access_token")).get("/api/users/me")
                .then().statusCode(200).body("username", equalTo(user.username()));
    }

    @Test
    void theCookieIsSecureWhenTheRequestCameOverHttps() {
        TestUser user = api.newUser();

        Response login = api.from(user.clientIp()).header("X-Overload-Csrf", "1")
                .header("X-Forwarded-Proto", "https")
                .body(Map.of("email", user.email(), "password", user.password()))
                .post("/api/auth/web/login");

        login.then().statusCode(200);
        assertThat(login.getHeader("Set-Cookie")).contains("; Secure").contains("; HttpOnly");
    }

    @Test
    void refreshRotatesTheCookieAndAReusedCookieRevokesTheLogin() {
        TestUser user = api.newUser();
        String first = logIn(user).then().statusCode(200).extract().cookie(COOKIE);

        Response refreshed = fromApp(user).cookie(COOKIE, first).post("/api/auth/web/refresh");

        refreshed.then().statusCode(200).body("access_token", not(emptyOrNullString()));
        String second = refreshed.getCookie(COOKIE);
        assertThat(second).isNotBlank().isNotEqualTo(first);
        api.from(user.clientIp()).auth().oauth2(refreshed.path("access_token")).get("/api/users/me")
                .then().statusCode(200);

        clock.advance(GRACE.plusSeconds(1));
        Response replayed = fromApp(user).cookie(COOKIE, first).post("/api/auth/web/refresh");
        replayed.then().statusCode(401);
        assertThat(replayed.getHeader("Set-Cookie")).startsWith(COOKIE + "=;").contains("Max-Age=0");
        fromApp(user).cookie(COOKIE, second).post("/api/auth/web/refresh").then().statusCode(401);
    }

    @Test
    void twoTabsRefreshingWithTheSameCookieAtOnceBothStaySignedIn() {
        TestUser user = api.newUser();
        String cookie = logIn(user).then().statusCode(200).extract().cookie(COOKIE);

        Response firstTab = fromApp(user).cookie(COOKIE, cookie).post("/api/auth/web/refresh");
        Response secondTab = fromApp(user).cookie(COOKIE, cookie).post("/api/auth/web/refresh");

        firstTab.then().statusCode(200);
        secondTab.then().statusCode(200);
        fromApp(user).cookie(COOKIE, firstTab.getCookie(COOKIE)).post("/api/auth/web/refresh").then().statusCode(200);
        fromApp(user).cookie(COOKIE, secondTab.getCookie(COOKIE)).post("/api/auth/web/refresh").then().statusCode(200);
    }

    @Test
    void refreshWithoutACookieIsUnauthorized() {
        TestUser user = api.newUser();

        fromApp(user).post("/api/auth/web/refresh").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void crossSiteRequestsAreRefusedAndLeaveTheCookieUnspent() {
        TestUser user = api.newUser();
        String cookie = logIn(user).then().statusCode(200).extract().cookie(COOKIE);

        api.from(user.clientIp()).cookie(COOKIE, cookie).post("/api/auth/web/refresh")
                .then().statusCode(403).contentType("application/problem+json");
        api.from(user.clientIp()).cookie(COOKIE, cookie).header("X-Overload-Csrf", "1")
                .header("Origin", "https://evil.example").post("/api/auth/web/refresh")
                .then().statusCode(403);
        api.from(user.clientIp()).cookie(COOKIE, cookie).header("X-Overload-Csrf", "1")
                .header("Sec-Fetch-Site", "cross-site").post("/api/auth/web/refresh")
                .then().statusCode(403);
        api.from(user.clientIp()).header("Origin", "https://evil.example")
                .body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/auth/web/login").then().statusCode(403);
        api.from(user.clientIp()).cookie(COOKIE, cookie).header("Origin", "https://evil.example")
                .post("/api/auth/web/logout").then().statusCode(403);

        fromApp(user).cookie(COOKIE, cookie).post("/api/auth/web/refresh").then().statusCode(200);
    }

    @Test
    void logoutRevokesTheLoginAndClearsTheCookie() {
        TestUser user = api.newUser();
        String cookie = logIn(user).then().statusCode(200).extract().cookie(COOKIE);

        Response logout = fromApp(user).cookie(COOKIE, cookie).post("/api/auth/web/logout");

        logout.then().statusCode(204);
        assertThat(logout.getHeader("Set-Cookie")).startsWith(COOKIE + "=;").contains("Max-Age=0")
                .contains("Path=/api/auth/web");
        fromApp(user).cookie(COOKIE, cookie).post("/api/auth/web/refresh").then().statusCode(401);
    }

    @Test
    void aWrongPasswordSetsNoCookie() {
        TestUser user = api.newUser();

        Response login = fromApp(user).body(Map.of("username", user.username(), "password", "wrong-password-1"))
                .post("/api/auth/web/login");

        login.then().statusCode(401).contentType("application/problem+json");
        assertThat(login.getHeader("Set-Cookie")).isNull();
    }
}
