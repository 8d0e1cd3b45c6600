package dev.overload.identity.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/admin/users}. Every test that makes an administrator demotes it again. */
@ApiTest
class AdminUserTests {

    @Autowired
    Api api;

    // --- GET /api/admin/users

    @Test
    void listsAccountsWithTheTotalCount() {
        TestUser admin = api.admin();
        TestUser user = api.newUser(Map.of("first_name", "Ann", "last_name", "Lee"));

        Response response = api.as(admin).get("/api/admin/users");
        response.then().statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", notNullValue())
                .body("[0]", hasKey("id"))
                .body("[0]", hasKey("deleted_at"))
                .body("[0]", not(hasKey("password")))
                .body("[0]", not(hasKey("password_hash")));
        int total = Integer.parseInt(response.header("X-Total-Count"));
        assertThat(total, greaterThanOrEqualTo(2));
        // 20 a page unless asked otherwise.
        response.then().body("$", hasSize(Math.min(total, 20)));

        api.as(admin).queryParam("search", user.username()).get("/api/admin/users")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("$", hasSize(1))
                .body("[0].id", equalTo(user.id().toString()))
                .body("[0].username", equalTo(user.username()))
                .body("[0].email", equalTo(user.email()))
                .body("[0].role", equalTo("USER"))
                .body("[0].first_name", equalTo("Ann"))
                .body("[0].last_name", equalTo("Lee"))
                .body("[0].created_at", notNullValue())
                .body("[0].last_login", notNullValue())
                .body("[0].deleted_at", nullValue());
    }

    @Test
    void limitAndOffsetPageThroughTheList() {
        TestUser admin = api.admin();
        String tag = tag();
        List<TestUser> users = newUsers(tag, 3);

        List<String> all = list(admin, Map.of("search", tag, "sort", "username")).then().statusCode(200)
                .header("X-Total-Count", "3")
                .extract().path("username");
        assertThat(all, contains(users.get(0).username(), users.get(1).username(), users.get(2).username()));

        list(admin, Map.of("search", tag, "sort", "username", "limit", 2))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("username", contains(users.get(0).username(), users.get(1).username()));
        list(admin, Map.of("search", tag, "sort", "username", "limit", 2, "offset", 2))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("username", contains(users.get(2).username()));
        list(admin, Map.of("search", tag, "sort", "username", "limit", 2, "offset", 1))
                .then().statusCode(200)
                .body("username", contains(users.get(1).username(), users.get(2).username()));
        list(admin, Map.of("search", tag, "offset", 3))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("$", empty());
    }

    @Test
    void limitIsAtMost100() {
        TestUser admin = api.admin();

        list(admin, Map.of("limit", 100)).then().statusCode(200);
        list(admin, Map.of("limit", 1)).then().statusCode(200).body("$", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void aLimitOutside1To100IsRefused(int limit) {
        TestUser admin = api.admin();

        list(admin, Map.of("limit", limit))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void aNegativeOffsetIsRefused() {
        TestUser admin = api.admin();

        list(admin, Map.of("offset", -1))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("offset"));
    }

    @Test
    void aLimitThatIsNotANumberIsRefused() {
        TestUser admin = api.admin();

        list(admin, Map.of("limit", "ten"))
                .then().statusCode(400)
                .body("errors.field", hasItem("limit"))
                .body("errors.find { it.field == 'limit' }.message", equalTo("must be a valid integer"));
        list(admin, Map.of("offset", "99999999999"))
                .then().statusCode(400)
                .body("errors.field", hasItem("offset"))
                .body("errors.message", everyItem(not(containsString("java"))));
    }

    @Test
    void searchMatchesASubstringOfUsernameOrEmailInAnyCase() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        String middle = user.username().substring(3, 10);

        list(admin, Map.of("search", middle.toUpperCase()))
                .then().statusCode(200)
                .body("id", hasItem(user.id().toString()));
        list(admin, Map.of("search", user.email()))
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(user.id().toString()));
        list(admin, Map.of("search", "no-such-user-" + UUID.randomUUID()))
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", empty());
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        TestUser admin = api.admin();
        api.newUser();

        list(admin, Map.of("search", "%")).then().statusCode(200).header("X-Total-Count", "0");
        list(admin, Map.of("search", "_", "limit", 100)).then().statusCode(200)
                .body("findAll { !it.username.contains('_') && !(it.email ?: '').contains('_') }", empty());
    }

    @Test
    void aSearchLongerThan100CharactersIsRefused() {
        TestUser admin = api.admin();

        list(admin, Map.of("search", "x".repeat(101)))
                .then().statusCode(400)
                .body("errors.field", hasItem("search"));
    }

    @Test
    void filtersByRole() {
        TestUser admin = api.admin();
        TestUser trainer = api.newUser();
        changeRole(admin, trainer.id(), "TRAINER").then().statusCode(200);

        list(admin, Map.of("role", "TRAINER", "search", trainer.username()))
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(trainer.id().toString()));
        list(admin, Map.of("role", "TRAINER", "limit", 100))
                .then().statusCode(200)
                .body("$", not(empty()))
                .body("role", everyItem(equalTo("TRAINER")));
        list(admin, Map.of("role", "ADMIN", "limit", 100))
                .then().statusCode(200)
                .body("role", everyItem(equalTo("ADMIN")))
                .body("username", hasItem("root"));
        list(admin, Map.of("role", "USER", "search", trainer.username()))
                .then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void anUnknownRoleFilterIsRefused() {
        TestUser admin = api.admin();

        list(admin, Map.of("role", "OWNER"))
                .then().statusCode(400)
                .body("errors.field", hasItem("role"));
    }

    @Test
    void sortsByUsernameAndByNewestFirst() {
        TestUser admin = api.admin();
        String tag = tag();
        List<TestUser> users = newUsers(tag, 3);

        list(admin, Map.of("search", tag, "sort", "-username"))
                .then().statusCode(200)
                .body("username", contains(users.get(2).username(), users.get(1).username(),
                        users.get(0).username()));
        // Registered in username order, so newest first is the reverse of it.
        list(admin, Map.of("search", tag, "sort", "-created_at"))
                .then().statusCode(200)
                .body("id", contains(users.get(2).id().toString(), users.get(1).id().toString(),
                        users.get(0).id().toString()));
        list(admin, Map.of("search", tag, "sort", "created_at"))
                .then().statusCode(200)
                .body("id", contains(users.get(0).id().toString(), users.get(1).id().toString(),
                        users.get(2).id().toString()));
        list(admin, Map.of("search", tag, "sort", "last_login,username"))
                .then().statusCode(200)
                .body("$", hasSize(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "password_hash", "-email", "username,nope", "createdAt"})
    void sortingByAnythingElseIsRefused(String sort) {
        TestUser admin = api.admin();

        list(admin, Map.of("sort", sort))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sort"))
                .body("errors.find { it.field == 'sort' }.message", containsString("username"));
    }

    @Test
    void deletedAccountsAreListedWithTheirDeletionTime() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        api.as(user).delete("/api/users/me").then().statusCode(204);

        list(admin, Map.of("search", user.username()))
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(user.id().toString()))
                .body("[0].deleted_at", notNullValue());
    }

    @Test
    void onlyAdministratorsMayList() {
        TestUser user = api.newUser();

        api.as(user).get("/api/admin/users")
                .then().statusCode(403)
                .contentType("application/problem+json");
        api.anonymous().get("/api/admin/users")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    // --- PUT /api/admin/users/{id}/role

    @Test
    void changingTheRoleShowsInTheNextLoginsToken() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        assertThat(claims(user.accessToken()).getString("role"), equalTo("USER"));

        changeRole(admin, user.id(), "TRAINER")
                .then().statusCode(200)
                .body("id", equalTo(user.id().toString()))
                .body("username", equalTo(user.username()))
                .body("role", equalTo("TRAINER"));

        TestUser again = api.logIn(user);
        JsonPath claims = claims(again.accessToken());
        assertThat(claims.getString("role"), equalTo("TRAINER"));
        assertThat(claims.getString("sub"), equalTo(user.id().toString()));
        api.as(again).get("/api/users/me").then().statusCode(200).body("role", equalTo("TRAINER"));
    }

    @Test
    void aPromotedAdministratorCanAdministerUntilDemoted() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        try {
            changeRole(admin, user.id(), "ADMIN").then().statusCode(200).body("role", equalTo("ADMIN"));
            TestUser promoted = api.logIn(user);
            assertThat(claims(promoted.accessToken()).getString("role"), equalTo("ADMIN"));
            api.as(promoted).get("/api/admin/users").then().statusCode(200);

            // Another administrator exists (root), so this one may be demoted.
            changeRole(admin, user.id(), "USER").then().statusCode(200).body("role", equalTo("USER"));
            api.as(api.logIn(user)).get("/api/admin/users").then().statusCode(403);
        } finally {
            changeRole(admin, user.id(), "USER");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWNER", "super_user", ""})
    void anInvalidRoleIsRefused(String role) {
        TestUser admin = api.admin();
        TestUser user = api.newUser();

        changeRole(admin, user.id(), role)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("role"));
    }

    @Test
    void aMissingRoleIsRefused() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();

        api.as(admin).body(Map.of()).put("/api/admin/users/{id}/role", user.id())
                .then().statusCode(400)
                .body("errors.field", hasItem("role"));
    }

    @Test
    void anUnknownUserIsNotFound() {
        TestUser admin = api.admin();

        changeRole(admin, UUID.randomUUID(), "TRAINER")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aUserIdThatIsNotAUuidIsABadRequest() {
        TestUser admin = api.admin();

        api.as(admin).body(Map.of("role", "TRAINER")).put("/api/admin/users/{id}/role", "nope")
                .then().statusCode(400)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void onlyAdministratorsMayChangeRoles() {
        TestUser user = api.newUser();
        TestUser target = api.newUser();

        changeRole(user, user.id(), "ADMIN").then().statusCode(403).contentType("application/problem+json");
        changeRole(user, target.id(), "TRAINER").then().statusCode(403);
        api.as(user).get("/api/users/me").then().body("role", equalTo("USER"));
        assertThat(claims(api.logIn(user).accessToken()).getString("role"), equalTo("USER"));
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        TestUser root = api.admin();
        assumeRootIsTheOnlyActiveAdministrator(root);

        Response refused = changeRole(root, root.id(), "USER");
        try {
            refused.then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("last administrator"));
        } finally {
            if (refused.statusCode() == 200) {
                // Never leave root demoted: its old token still carries ADMIN and can undo the change.
                changeRole(root, root.id(), "ADMIN");
            }
        }
        api.as(api.admin()).get("/api/users/me").then().body("role", equalTo("ADMIN"));
    }

    @Test
    void theLastAdministratorCannotCloseTheirAccount() {
        TestUser root = api.admin();
        assumeRootIsTheOnlyActiveAdministrator(root);

        api.as(root).delete("/api/users/me")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("last administrator"));
        api.as(api.admin()).get("/api/users/me").then().statusCode(200).body("role", equalTo("ADMIN"));
    }

    @Test
    void anAdministratorWhoIsNotTheLastCanCloseTheirAccount() {
        TestUser root = api.admin();
        TestUser user = api.newUser();
        changeRole(root, user.id(), "ADMIN").then().statusCode(200);
        TestUser promoted = api.logIn(user);

        api.as(promoted).delete("/api/users/me").then().statusCode(204);

        list(root, Map.of("search", user.username()))
                .then().statusCode(200)
                .body("[0].role", equalTo("ADMIN"))
                .body("[0].deleted_at", notNullValue());
        // A closed administrator account does not count: root is still the only active one.
        api.as(root).get("/api/admin/users").then().statusCode(200);
    }

    @Test
    void anAdministratorMayStayAnAdministrator() {
        TestUser root = api.admin();

        changeRole(root, root.id(), "ADMIN").then().statusCode(200).body("role", equalTo("ADMIN"));
    }

    /** Other tests demote the administrators they make; if one did not, the last-administrator tests skip. */
    private void assumeRootIsTheOnlyActiveAdministrator(TestUser root) {
        List<String> admins = list(root, Map.of("role", "ADMIN", "limit", 100))
                .then().statusCode(200).extract().path("findAll { it.deleted_at == null }.username");
        Assumptions.assumeTrue(admins.equals(List.of("root")),
                () -> "root is not the only active administrator: " + admins);
    }

    private Response list(TestUser admin, Map<String, ?> query) {
        return api.as(admin).queryParams(query).get("/api/admin/users");
    }

    private Response changeRole(TestUser admin, UUID userId, String role) {
        return api.as(admin).body(Map.of("role", role)).put("/api/admin/users/{id}/role", userId);
    }

    /** Users whose usernames contain {@code tag} and sort in the order they were made. */
    private List<TestUser> newUsers(String tag, int count) {
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String clientIp = Api.newClientIp();
            String username = "a" + i + tag;
            api.from(clientIp)
                    .body(Map.of("username", username, "email", username + "@example.com", "password", Api.PASSWORD))
                    .post("/api/auth/register")
                    .then().statusCode(201);
            users.add(api.logIn(new TestUser(null, username, username + "@example.com", Api.PASSWORD, null, null,
                    clientIp)));
        }
        return users.stream().map(user -> new TestUser(idOf(user), user.username(), user.email(), user.password(),
                user.accessToken(), user.refreshToken(), user.clientIp())).toList();
    }

    private UUID idOf(TestUser user) {
        return UUID.fromString(api.as(user).get("/api/users/me").then().statusCode(200).extract().path("id"));
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static JsonPath claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts.length, equalTo(3));
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
