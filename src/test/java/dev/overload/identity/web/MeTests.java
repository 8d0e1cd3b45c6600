package dev.overload.identity.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import jakarta.mail.internet.MimeMessage;
import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.mailsTo;
import static dev.overload.Mailbox.subject;
import static dev.overload.Mailbox.text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class MeTests {

    private static final String NEW_PASSWORD = "squat-deep-42";

    @Autowired
    Api api;

    // --- GET /api/users/me

    @Test
    void showsTheWholeAccountAndNeverItsPassword() {
        TestUser user = api.newUser(Map.of("first_name", "Ann", "last_name", "Lee"));

        String body = api.as(user).get("/api/users/me")
                .then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(user.id().toString()))
                .body("username", equalTo(user.username()))
                .body("email", equalTo(user.email()))
                .body("role", equalTo("USER"))
                .body("first_name", equalTo("Ann"))
                .body("last_name", equalTo("Lee"))
                .body("$", hasKey("gender"))
                .body("gender", nullValue())
                .body("$", hasKey("date_of_birth"))
                .body("date_of_birth", nullValue())
                .body("$", hasKey("age"))
                .body("age", nullValue())
                .body("weight_unit", equalTo("KG"))
                .body("height_unit", equalTo("CM"))
                .body("theme", equalTo("SYSTEM"))
                .body("$", hasKey("active_training_plan_id"))
                .body("active_training_plan_id", nullValue())
                .body("ai_suggestions_remaining", equalTo(5))
                .body("telegram_linked", equalTo(false))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("last_login", notNullValue())
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("password_hash")))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body.toLowerCase(), not(containsString("argon")));
    }

    @Test
    void ageIsDerivedFromTheDateOfBirthAndToday() {
        TestUser user = api.newUser();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        patch(user, Map.of("date_of_birth", today.minusYears(30).toString()))
                .then().statusCode(200)
                .body("date_of_birth", equalTo(today.minusYears(30).toString()))
                .body("age", equalTo(30));
        patch(user, Map.of("date_of_birth", today.minusYears(30).plusDays(1).toString()))
                .then().statusCode(200)
                .body("age", equalTo(29));
        api.as(user).get("/api/users/me").then().statusCode(200).body("age", equalTo(29));
    }

    @Test
    void requiresAToken() {
        api.anonymous().get("/api/users/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    // --- PATCH /api/users/me

    @Test
    void eachFieldCanBeChanged() {
        TestUser user = api.newUser();
        String newEmail = "new-" + user.email();
        Map<String, Object> changes = Map.of(
                "first_name", "Bo",
                "last_name", "Stark",
                "gender", "FEMALE",
                "date_of_birth", "1990-05-17",
                "email", newEmail,
                "current_password", user.password(),
                "weight_unit", "LB",
                "height_unit", "IN",
                "theme", "DARK");

        patch(user, changes)
                .then().statusCode(200)
                .body("first_name", equalTo("Bo"))
                .body("last_name", equalTo("Stark"))
                .body("gender", equalTo("FEMALE"))
                .body("date_of_birth", equalTo("1990-05-17"))
                .body("email", equalTo(newEmail))
                .body("weight_unit", equalTo("LB"))
                .body("height_unit", equalTo("IN"))
                .body("theme", equalTo("DARK"));

        api.as(user).get("/api/users/me")
                .then().statusCode(200)
                .body("first_name", equalTo("Bo"))
                .body("last_name", equalTo("Stark"))
                .body("gender", equalTo("FEMALE"))
                .body("date_of_birth", equalTo("1990-05-17"))
                .body("email", equalTo(newEmail))
                .body("weight_unit", equalTo("LB"))
                .body("height_unit", equalTo("IN"))
                .body("theme", equalTo("DARK"));
    }

    @ParameterizedTest
    @CsvSource({
            "first_name, Zed",
            "last_name, Quill",
            "gender, OTHER",
            "date_of_birth, 1985-12-31",
            "weight_unit, LB",
            "height_unit, IN",
            "theme, LIGHT"})
    void changingOneFieldLeavesTheOthersAsTheyWere(String field, String value) {
        TestUser user = api.newUser();
        Map<String, Object> before = Map.of(
                "first_name", "Ann",
                "last_name", "Lee",
                "gender", "MALE",
                "date_of_birth", "1970-01-02",
                "weight_unit", "KG",
                "height_unit", "CM",
                "theme", "SYSTEM");
        patch(user, before).then().statusCode(200);

        var response = patch(user, Map.of(field, value)).then().statusCode(200)
                .body(field, equalTo(value))
                .body("email", equalTo(user.email()));
        before.forEach((name, old) -> {
            if (!name.equals(field)) {
                response.body(name, equalTo(old));
            }
        });
    }

    @Test
    void anEmptyPatchChangesNothing() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));

        patch(user, Map.of())
                .then().statusCode(200)
                .body("first_name", equalTo("Ann"))
                .body("email", equalTo(user.email()))
                .body("theme", equalTo("SYSTEM"));
    }

    @Test
    void explicitNullClearsNamesGenderAndDateOfBirth() {
        TestUser user = api.newUser(Map.of("first_name", "Ann", "last_name", "Lee"));
        patch(user, Map.of("gender", "FEMALE", "date_of_birth", "1990-01-01")).then().statusCode(200);

        Map<String, Object> clear = new HashMap<>();
        clear.put("first_name", null);
        clear.put("last_name", null);
        clear.put("gender", null);
        clear.put("date_of_birth", null);
        patch(user, clear)
                .then().statusCode(200)
                .body("first_name", nullValue())
                .body("last_name", nullValue())
                .body("gender", nullValue())
                .body("date_of_birth", nullValue())
                .body("age", nullValue())
                .body("email", equalTo(user.email()));

        api.as(user).get("/api/users/me")
                .then().statusCode(200)
                .body("first_name", nullValue())
                .body("gender", nullValue())
                .body("date_of_birth", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "weight_unit", "height_unit", "theme"})
    void explicitNullIsRefusedForFieldsThatCannotBeCleared(String field) {
        TestUser user = api.newUser();
        Map<String, Object> body = new HashMap<>();
        body.put(field, null);

        patch(user, body)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        api.as(user).get("/api/users/me")
                .then().statusCode(200)
                .body("email", equalTo(user.email()))
                .body("weight_unit", equalTo("KG"))
                .body("height_unit", equalTo("CM"))
                .body("theme", equalTo("SYSTEM"));
    }

    @Test
    void aRefusedPatchChangesNothingElseEither() {
        TestUser user = api.newUser(Map.of("first_name", "Ann"));
        Map<String, Object> body = new HashMap<>();
        body.put("first_name", "Changed");
        body.put("theme", null);

        patch(user, body).then().statusCode(400).body("errors.field", hasItem("theme"));
        api.as(user).get("/api/users/me").then().statusCode(200).body("first_name", equalTo("Ann"));
    }

    @ParameterizedTest
    @CsvSource({
            "gender, ALIEN, MALE",
            "weight_unit, STONE, KG",
            "height_unit, FT, CM",
            "theme, PINK, LIGHT"})
    void invalidEnumValuesAreRefusedNamingTheFieldAndTheAllowedValues(String field, String value,
            String anAllowedValue) {
        TestUser user = api.newUser();

        patch(user, Map.of(field, value))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(anAllowedValue));
    }

    @Test
    void dateOfBirthInTheFutureIsRefused() {
        TestUser user = api.newUser();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

        patch(user, Map.of("date_of_birth", tomorrow))
                .then().statusCode(400)
                .body("errors.field", hasItem("date_of_birth"));
    }

    @Test
    void dateOfBirthBefore1900IsRefusedButThe1stOfJanuary1900IsAccepted() {
        TestUser user = api.newUser();

        patch(user, Map.of("date_of_birth", "1899-12-31"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("date_of_birth"));
        patch(user, Map.of("date_of_birth", "1900-01-01"))
                .then().statusCode(200)
                .body("date_of_birth", equalTo("1900-01-01"));
    }

    @Test
    void malformedDateOfBirthIsRefused() {
        TestUser user = api.newUser();

        patch(user, Map.of("date_of_birth", "17.05.1990"))
                .then().statusCode(400)
                .body("errors.field", hasItem("date_of_birth"));
    }

    @Test
    void namesAreBoundedAt100Characters() {
        TestUser user = api.newUser();

        patch(user, Map.of("first_name", "x".repeat(101)))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("first_name"));
        patch(user, Map.of("last_name", "x".repeat(101)))
                .then().statusCode(400)
                .body("errors.field", hasItem("last_name"));
        patch(user, Map.of("first_name", "x".repeat(100)))
                .then().statusCode(200)
                .body("first_name", equalTo("x".repeat(100)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "nodot@example", "two@@example.com", " "})
    void invalidEmailsAreRefused(String email) {
        TestUser user = api.newUser();

        patch(user, Map.of("email", email))
                .then().statusCode(400)
                .body("errors.field", hasItem("email"));
    }

    @Test
    void anEmailTakenByAnotherAccountInAnyCaseIsAConflict() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();

        patch(user, Map.of("email", other.email(), "current_password", user.password()))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("email"));
        patch(user, Map.of("email", other.email().toUpperCase(), "current_password", user.password()))
                .then().statusCode(409);
        api.as(user).get("/api/users/me").then().body("email", equalTo(user.email()));
    }

    @Test
    void keepingOnesOwnEmailIsNoConflict() {
        TestUser user = api.newUser();

        patch(user, Map.of("email", user.email(), "theme", "DARK"))
                .then().statusCode(200)
                .body("email", equalTo(user.email()))
                .body("theme", equalTo("DARK"));
    }

    @Test
    void aNewEmailCanBeUsedToLogIn() {
        TestUser user = api.newUser();
        String newEmail = "moved-" + user.email();

        patch(user, Map.of("email", newEmail, "current_password", user.password())).then().statusCode(200)
                .body("email", equalTo(newEmail));

        logInByEmail(user, newEmail, user.password()).then().statusCode(200).body("access_token", notNullValue());
        logInByEmail(user, newEmail.toUpperCase(), user.password()).then().statusCode(200);
        logInByEmail(user, user.email(), user.password()).then().statusCode(401);
    }

    /** Issue 11, defect 5: a stolen access token alone must not be enough to take the account over. */
    @Test
    void changingTheEmailNeedsTheCurrentPassword() {
        TestUser user = api.newUser();
        String newEmail = "taken-over-" + user.email();

        patch(user, Map.of("email", newEmail)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("current_password"));
        patch(user, Map.of("email", newEmail, "current_password", "not-my-password-1")).then().statusCode(400)
                .body("errors.field", hasItem("current_password"));

        api.as(user).get("/api/users/me").then().body("email", equalTo(user.email()));
        assertThat(mailsTo(user.email()), empty());
    }

    @Test
    void theOldAddressIsToldWhenTheEmailChanges() {
        TestUser user = api.newUser();
        String newEmail = "moved-" + user.email();

        patch(user, Map.of("email", newEmail, "current_password", user.password())).then().statusCode(200);

        MimeMessage notice = awaitMails(user.email(), 1).getFirst();
        assertThat(subject(notice), containsString("email of your Overload account changed"));
        assertThat(text(notice), containsString(user.username()));
        assertThat(text(notice), not(containsString(newEmail)));
    }

    @Test
    void wrongCurrentPasswordsAreLimitedLikeFailedLogins() {
        TestUser user = api.newUser();
        for (int i = 0; i < 5; i++) {
            patch(user, Map.of("email", "x" + i + user.email(), "current_password", "guess-number-" + i))
                    .then().statusCode(400);
        }

        patch(user, Map.of("email", "x" + user.email(), "current_password", user.password())).then().statusCode(429)
                .header("Retry-After", notNullValue());
        changePassword(user, user.password(), NEW_PASSWORD).then().statusCode(429);
        api.from(Api.newClientIp()).auth().oauth2(user.accessToken())
                .body(Map.of("email", "y" + user.email(), "current_password", user.password()))
                .patch("/api/users/me").then().statusCode(200);
    }

    @Test
    void theCaseOfOnesOwnEmailCanBeChanged() {
        TestUser user = api.newUser();
        String capitalised = Character.toUpperCase(user.email().charAt(0)) + user.email().substring(1);

        patch(user, Map.of("email", capitalised)).then().statusCode(200).body("email", equalTo(capitalised));
        api.as(user).get("/api/users/me").then().body("email", equalTo(capitalised));
        logInByEmail(user, user.email(), user.password()).then().statusCode(200);
    }

    @Test
    void anEmailGivenUpCanBeTakenByAnotherAccount() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String freed = user.email();

        patch(user, Map.of("email", "elsewhere-" + freed, "current_password", user.password())).then().statusCode(200);
        patch(other, Map.of("email", freed, "current_password", other.password())).then().statusCode(200)
                .body("email", equalTo(freed));
    }

    @Test
    void serverOwnedFieldsInThePatchAreIgnored() {
        TestUser user = api.newUser();

        patch(user, Map.of("role", "ADMIN", "username", "hijacked", "ai_suggestions_remaining", 1000,
                "telegram_linked", true))
                .then().statusCode(200)
                .body("role", equalTo("USER"))
                .body("username", equalTo(user.username()))
                .body("ai_suggestions_remaining", equalTo(5))
                .body("telegram_linked", equalTo(false));
    }

    @Test
    void updatedAtMovesOnWhenSomethingChanges() {
        TestUser user = api.newUser();
        String before = api.as(user).get("/api/users/me").then().extract().path("updated_at");

        String after = patch(user, Map.of("theme", "DARK")).then().statusCode(200).extract().path("updated_at");

        org.hamcrest.MatcherAssert.assertThat(Instant.parse(after), greaterThan(Instant.parse(before)));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        TestUser user = api.newUser();

        api.as(user).body("{not json").patch("/api/users/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    // --- POST /api/users/me/password

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        TestUser user = api.newUser();

        changePassword(user, "not-my-password-1", NEW_PASSWORD)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("current_password"));
        logIn(user, user.password()).then().statusCode(200);
        logIn(user, NEW_PASSWORD).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1!", "onlyletters", "12345678", "aaaaaaa1"})
    void aWeakNewPasswordIsRefused(String weak) {
        TestUser user = api.newUser();

        changePassword(user, user.password(), weak)
                .then().statusCode(400)
                .body("errors.field", hasItem("new_password"));
        logIn(user, user.password()).then().statusCode(200);
    }

    @Test
    void missingPasswordsAreEachNamed() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of()).post("/api/users/me/password")
                .then().statusCode(400)
                .body("errors.field", allOf(hasItem("current_password"), hasItem("new_password")));
    }

    @Test
    void changingThePasswordReplacesTheOldOneAndEndsEveryLogin() {
        TestUser user = api.newUser();
        TestUser secondLogin = api.logIn(user);

        changePassword(user, user.password(), NEW_PASSWORD).then().statusCode(204);

        logIn(user, user.password()).then().statusCode(401);
        logIn(user, NEW_PASSWORD).then().statusCode(200).body("access_token", notNullValue());
        refresh(user.refreshToken()).then().statusCode(401);
        refresh(secondLogin.refreshToken()).then().statusCode(401);
    }

    @Test
    void changingThePasswordNeedsAToken() {
        api.anonymous().body(Map.of("current_password", Api.PASSWORD, "new_password", NEW_PASSWORD))
                .post("/api/users/me/password")
                .then().statusCode(401);
    }

    // --- DELETE /api/users/me

    @Test
    void aDeletedAccountCanNoLongerBeUsed() {
        TestUser user = api.newUser();
        api.as(user).get("/api/users/me").then().statusCode(200);

        api.as(user).delete("/api/users/me").then().statusCode(204);

        api.as(user).get("/api/users/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
        refresh(user.refreshToken()).then().statusCode(401);
        logIn(user, user.password()).then().statusCode(401);
        logInByEmail(user, user.email(), user.password()).then().statusCode(401);
    }

    @Test
    void aDeletedAccountKeepsItsUsernameAndEmail() {
        TestUser user = api.newUser();
        api.as(user).delete("/api/users/me").then().statusCode(204);

        api.anonymous()
                .body(Map.of("username", user.username(), "email", "fresh-" + user.email(), "password", NEW_PASSWORD))
                .post("/api/auth/register")
                .then().statusCode(409);
        TestUser other = api.newUser();
        patch(other, Map.of("email", user.email(), "current_password", other.password())).then().statusCode(409);
    }

    private Response patch(TestUser user, Map<String, ?> body) {
        return api.as(user).body(body).patch("/api/users/me");
    }

    private Response changePassword(TestUser user, String current, String next) {
        return api.as(user).body(Map.of("current_password", current, "new_password", next))
                .post("/api/users/me/password");
    }

    private Response logIn(TestUser user, String password) {
        return api.from(user.clientIp()).body(Map.of("username", user.username(), "password", password))
                .post("/api/auth/login");
    }

    private Response logInByEmail(TestUser user, String email, String password) {
        return api.from(user.clientIp()).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    private Response refresh(String refreshToken) {
        return api.anonymous().body(Map.of("refresh_token", refreshToken)).post("/api/auth/refresh");
    }

    @Test
    void myTokenSaysWhoIAmWhatRoleIHaveAndWhenItExpires() {
        TestUser user = api.newUser();
        api.as(user).get("/api/users/me/token")
                .then().statusCode(200)
                .body("user_id", org.hamcrest.Matchers.equalTo(user.id().toString()))
                .body("role", org.hamcrest.Matchers.equalTo("USER"))
                .body("issued_at", org.hamcrest.Matchers.notNullValue())
                .body("expires_at", org.hamcrest.Matchers.notNullValue());
        api.anonymous().get("/api/users/me/token").then().statusCode(401);
    }
}
