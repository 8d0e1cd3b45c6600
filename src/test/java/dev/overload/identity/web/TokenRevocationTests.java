package dev.overload.identity.web;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.text;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Access tokens are stateless, yet a role change, closing the account, logging out, a new password and a
 * password reset each end every access token issued before them, with the very next request.
 */
@ApiTest
class TokenRevocationTests {

    private static final String NEW_PASSWORD = "deadlift-200kg";

    @Autowired
    Api api;

    @Test
    void aDemotedAdministratorsTokenNoLongerAdministers() {
        TestUser root = api.admin();
        TestUser user = api.newUser();
        changeRole(root, user, "ADMIN").then().statusCode(200);
        TestUser promoted = api.logIn(user);
        api.as(promoted).get("/api/admin/users").then().statusCode(200);
        try {
            changeRole(root, user, "USER").then().statusCode(200);

            api.as(promoted).get("/api/admin/users").then().statusCode(401);
            changeRole(promoted, user, "ADMIN").then().statusCode(401);
            api.as(api.logIn(user)).get("/api/admin/users").then().statusCode(403);
        } finally {
            changeRole(root, user, "USER");
        }
        api.as(root).get("/api/users/me").then().statusCode(200).body("role", equalTo("ADMIN"));
    }

    @Test
    void aPromotionEndsTheTokensOfTheOldRoleAndTheNextLoginHasTheNewOne() {
        TestUser root = api.admin();
        TestUser user = api.newUser();

        changeRole(root, user, "TRAINER").then().statusCode(200);

        api.as(user).get("/api/users/me").then().statusCode(401);
        api.as(api.logIn(user)).get("/api/users/me").then().statusCode(200).body("role", equalTo("TRAINER"));
    }

    @Test
    void keepingTheSameRoleEndsNoToken() {
        TestUser root = api.admin();
        TestUser user = api.newUser();

        changeRole(root, user, "USER").then().statusCode(200);

        api.as(user).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void aRefreshAfterARoleChangeCarriesTheNewRole() {
        TestUser root = api.admin();
        TestUser user = api.newUser();
        changeRole(root, user, "TRAINER").then().statusCode(200);

        String access = api.anonymous().body(Map.of("refresh_token", user.refreshToken())).post("/api/auth/refresh")
                .then().statusCode(200).extract().path("access_token");

        api.from(user.clientIp()).auth().oauth2(access).get("/api/users/me/token")
                .then().statusCode(200).body("role", equalTo("TRAINER"));
    }

    @Test
    void closingTheAccountEndsEveryAccessToken() {
        TestUser user = api.newUser();
        TestUser otherDevice = api.logIn(user);

        api.as(user).delete("/api/users/me").then().statusCode(204);

        api.as(user).get("/api/users/me").then().statusCode(401);
        api.as(otherDevice).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void loggingOutEndsTheAccessTokensIssuedBeforeAndOtherDevicesRefreshTheirs() {
        TestUser user = api.newUser();
        TestUser otherDevice = api.logIn(user);

        api.anonymous().body(Map.of("refresh_token", user.refreshToken())).post("/api/auth/logout")
                .then().statusCode(204);

        api.as(user).get("/api/users/me").then().statusCode(401);
        api.as(otherDevice).get("/api/users/me").then().statusCode(401);
        String fresh = api.anonymous().body(Map.of("refresh_token", otherDevice.refreshToken()))
                .post("/api/auth/refresh").then().statusCode(200).extract().path("access_token");
        api.from(user.clientIp()).auth().oauth2(fresh).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void changingThePasswordEndsEveryAccessTokenThisOneToo() {
        TestUser user = api.newUser();
        TestUser otherDevice = api.logIn(user);

        api.as(user).body(Map.of("current_password", user.password(), "new_password", NEW_PASSWORD))
                .post("/api/users/me/password").then().statusCode(204);

        api.as(user).get("/api/users/me").then().statusCode(401);
        api.as(otherDevice).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void aPasswordResetEndsEveryAccessToken() {
        TestUser user = api.newUser();
        api.anonymous().body(Map.of("email", user.email())).post("/api/auth/password-reset").then().statusCode(202);
        Matcher token = Pattern.compile("Your reset token: (\\S+)").matcher(text(awaitMails(user.email(), 1)
                .getFirst()));
        token.find();

        api.anonymous().body(Map.of("token", token.group(1), "new_password", NEW_PASSWORD))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);

        api.as(user).get("/api/users/me").then().statusCode(401);
    }

    private io.restassured.response.Response changeRole(TestUser admin, TestUser user, String role) {
        return api.as(admin).body(Map.of("role", role)).put("/api/admin/users/{id}/role", user.id());
    }
}
