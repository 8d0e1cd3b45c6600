package dev.overload.shared.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every error, whoever raises it, is problem+json of one shape and reveals nothing internal. */
@ApiTest
class ApiErrorsTests {

    @Autowired
    Api api;

    @Test
    void unknownRoutesAre404ForAnAuthenticatedCaller() {
        TestUser user = api.newUser();
        problem(api.as(user).get("/api/no-such-thing").then(), 404)
                .body("detail", equalTo("No endpoint GET /api/no-such-thing"));
    }

    @Test
    void unknownRoutesAre401WithoutAToken() {
        problem(api.anonymous().get("/api/no-such-thing").then(), 401);
    }

    @Test
    void aWrongMethodIs405AndNamesTheAllowedOnes() {
        problem(api.anonymous().delete("/api/auth/login").then(), 405)
                .header("Allow", containsString("POST"));
    }

    @Test
    void unparseableJsonIs400() {
        problem(api.anonymous().body("{\"username\": ").post("/api/auth/login").then(), 400)
                .body("detail", equalTo("The request body is missing or is not valid JSON"));
    }

    @Test
    void aMissingBodyIs400() {
        problem(api.anonymous().post("/api/auth/login").then(), 400);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        TestUser user = api.newUser();
        problem(api.as(user).body("{\"date_of_birth\": \"yesterday\"}").patch("/api/users/me").then(), 400)
                .body("errors.field", hasItem("date_of_birth"))
                .body("errors.message", hasItem(containsString("date")));
    }

    @Test
    void aPathVariableOfTheWrongTypeNamesIt() {
        TestUser user = api.newUser();
        problem(api.as(user).get("/api/user-profiles/not-a-uuid").then(), 400)
                .body("errors.field", hasItem("id"))
                .body("errors.message", hasItem("must be a valid UUID"));
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        problem(api.anonymous().contentType("text/plain").body("hello").post("/api/auth/login").then(), 415);
    }

    @Test
    void everyResponseCarriesTheRequestIdTheClientSent() {
        api.anonymous().header("X-Request-Id", "trace-1234-abcd").get("/api/users/me")
                .then().statusCode(401)
                .header("X-Request-Id", "trace-1234-abcd")
                .body("request_id", equalTo("trace-1234-abcd"));
    }

    @Test
    void anUnusableRequestIdIsReplaced() {
        api.anonymous().header("X-Request-Id", "bad id\twith spaces").get("/api/users/me")
                .then().statusCode(401)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body("request_id", notNullValue())
                .body(allOf(not(containsString("Exception")), not(containsString("at dev.overload")),
                        not(containsString("org.springframework")), not(containsString("SQL"))));
    }
}
