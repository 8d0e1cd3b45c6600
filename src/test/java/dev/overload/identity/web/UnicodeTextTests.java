package dev.overload.identity.web;

import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, defect 4: a lone UTF-16 surrogate ({@code \ud800} in JSON) is no Unicode text; in a password the
 * hasher failed on it with a 500. Every such string is a 400 naming its field.
 */
@ApiTest
class UnicodeTextTests {

    @Autowired
    Api api;

    @Test
    void aPasswordWithALoneSurrogateIsRefusedAtLogin() {
        TestUser user = api.newUser();

        refused(api.anonymous().body("{\"username\": \"" + user.username() + "\", \"password\": \"ab\\ud800cdefgh1\"}")
                .post("/api/auth/login"), "password");
        refused(api.anonymous().body("{\"username\": \"" + user.username() + "\", \"password\": \"ab\\udfffcdefgh1\"}")
                .post("/api/auth/login"), "password");
    }

    @Test
    void aPasswordWithALoneSurrogateIsRefusedAtRegistrationAndPasswordChange() {
        TestUser user = api.newUser();

        refused(api.anonymous().body("{\"username\": \"surrogate1\", \"email\": \"surrogate1@example.com\", "
                + "\"password\": \"ab\\ud800cdefgh1\"}").post("/api/auth/register"), "password");
        refused(api.as(user).body("{\"current_password\": \"" + user.password() + "\", "
                + "\"new_password\": \"ab\\udc00cdefgh1\"}").post("/api/users/me/password"), "new_password");
        refused(api.as(user).body("{\"first_name\": \"\\ud83d\"}").patch("/api/users/me"), "first_name");
    }

    @Test
    void aSurrogatePairIsText() {
        TestUser user = api.newUser();

        api.as(user).body("{\"first_name\": \"Ann \\ud83d\\udcaa\"}").patch("/api/users/me").then().statusCode(200);
        api.as(user).body("{\"current_password\": \"" + user.password() + "\", "
                + "\"new_password\": \"strong-\\ud83d\\udcaa-1\"}").post("/api/users/me/password").then()
                .statusCode(204);
    }

    /** Issue 11's observation: integer fields truncated 1.5 to 1. */
    @Test
    void anIntegerFieldRefusesAFraction() {
        TestUser user = api.newUser();

        refused(api.as(user).body("{\"name\": \"Plan\", \"estimated_duration\": 30.5}").post("/api/training-plans"),
                "estimated_duration");
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
