package dev.overload.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class RegistrationTests {

    @Autowired
    Api api;

    @Test
    void registeringReturnsTheNewAccountWithoutItsPassword() {
        String username = unique("Ann.Lee-");
        api.anonymous()
                .body(Map.of("username", username, "email", username + "@Example.com", "password", "lift-heavy-7",
                        "first_name", "Ann", "last_name", "Lee"))
                .post("/api/auth/register")
                .then().statusCode(201)
                .header("Location", "/api/users/me")
                .body("id", notNullValue())
                .body("username", equalTo(username))
                .body("email", equalTo(username + "@Example.com"))
                .body("role", equalTo("USER"))
                .body("first_name", equalTo("Ann"))
                .body("last_name", equalTo("Lee"))
                .body("weight_unit", equalTo("KG"))
                .body("height_unit", equalTo("CM"))
                .body("theme", equalTo("SYSTEM"))
                .body("ai_suggestions_remaining", equalTo(5))
                .body("last_login", nullValue())
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("password_hash")));
    }

    @Test
    void serverOwnedFieldsInTheBodyAreIgnored() {
        String username = unique("sneaky");
        api.anonymous()
                .body(Map.of("username", username, "email", username + "@example.com", "password", "lift-heavy-7",
                        "role", "ADMIN", "id", UUID.randomUUID().toString(), "ai_suggestions_remaining", 1000))
                .post("/api/auth/register")
                .then().statusCode(201)
                .body("role", equalTo("USER"))
                .body("ai_suggestions_remaining", equalTo(5));
    }

    @Test
    void usernamesAndEmailsAreUniqueWhateverTheirCase() {
        String username = unique("dup");
        register(username, username + "@example.com").then().statusCode(201);

        register(username.toUpperCase(), unique("other") + "@example.com")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("username"));
        register(unique("other"), username.toUpperCase() + "@EXAMPLE.com")
                .then().statusCode(409)
                .body("detail", containsString("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "has space", "semi;colon", "émile",
            "a23456789012345678901234567890123456789012345678901"})
    void rejectsUsernamesOutsideTheAllowedShape(String username) {
        register(username, unique("x") + "@example.com")
                .then().statusCode(400)
                .body("errors.field", hasItem("username"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a_b.c-d", "A23456789012345678901234567890123456789012345678ab"})
    void acceptsUsernamesAtTheBounds(String shape) {
        String username = shape.length() >= 50 ? shape : shape + UUID.randomUUID().toString().substring(0, 6);
        if (shape.length() == 3) {
            username = UUID.randomUUID().toString().substring(0, 3);
        }
        register(username, unique("x") + "@example.com").then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "no-at.example.com", "two@@example.com", "nodot@example", "sp ace@example.com"})
    void rejectsInvalidEmails(String email) {
        register(unique("mail"), email)
                .then().statusCode(400)
                .body("errors.field", hasItem("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1!", "onlyletters", "12345678", "aaaaaaa1", "abababab12"})
    void rejectsWeakPasswords(String password) {
        String username = unique("weak");
        api.anonymous()
                .body(Map.of("username", username, "email", username + "@example.com", "password", password))
                .post("/api/auth/register")
                .then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void passwordLengthIsBoundedAt128() {
        String longest = "ab1-" + "x".repeat(124);
        String username = unique("long");
        api.anonymous()
                .body(Map.of("username", username, "email", username + "@example.com", "password", longest))
                .post("/api/auth/register")
                .then().statusCode(201);
        String other = unique("long");
        api.anonymous()
                .body(Map.of("username", other, "email", other + "@example.com", "password", longest + "y"))
                .post("/api/auth/register")
                .then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void namesAreBoundedAt100Characters() {
        String username = unique("names");
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "email", username + "@example.com",
                "password", "lift-heavy-7", "first_name", "x".repeat(101)));
        api.anonymous().body(body).post("/api/auth/register")
                .then().statusCode(400)
                .body("errors.field", hasItem("first_name"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        api.anonymous().body(Map.of()).post("/api/auth/register")
                .then().statusCode(400)
                .body("title", equalTo("Bad Request"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    private io.restassured.response.Response register(String username, String email) {
        return api.anonymous()
                .body(Map.of("username", username, "email", email, "password", "lift-heavy-7"))
                .post("/api/auth/register");
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
