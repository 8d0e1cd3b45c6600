package dev.overload.club.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The club's people and records, made through the API: trainers, memberships, clients, trainings. */
public final class ClubFixture {

    static final String MEMBERSHIPS = "/api/club/memberships";
    static final String CLIENTS = "/api/club/clients";
    static final String CLIENT = "/api/club/clients/{id}";
    static final String TRAININGS = "/api/club/clients/{clientId}/trainings";
    static final String TRAINING = "/api/club/trainings/{id}";
    static final String EXERCISES = "/api/club/trainings/{id}/exercises";
    static final String EXERCISE = "/api/club/trainings/{id}/exercises/{entryId}";
    static final String PLANS = "/api/club/clients/{clientId}/training-plans";
    static final String PLAN = "/api/club/training-plans/{id}";

    private final Api api;
    public final TestUser admin;

    public ClubFixture(Api api) {
        this.api = api;
        this.admin = api.admin();
    }

    /** A new account with the TRAINER role, logged in again so its token says so. */
    public TestUser trainer() {
        TestUser user = api.newUser();
        api.as(admin).body(Map.of("role", "TRAINER")).put("/api/admin/users/{id}/role", user.id())
                .then().statusCode(200);
        return api.logIn(user);
    }

    public String membership(String level, String price) {
        return api.as(admin)
                .body(Map.of("access_level", level, "price", new BigDecimal(price), "description", level + " " + tag()))
                .post(MEMBERSHIPS).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> clientBody(String membershipId, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("membership_id", membershipId);
        body.put("first_name", "Ada");
        body.put("last_name", "Lovelace " + tag());
        body.put("phone_number", "+4915112345678");
        body.put("date_of_birth", "1990-04-01");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** A client of the user's account, with the membership. */
    public String client(TestUser user, String membershipId, Object... more) {
        Map<String, Object> body = clientBody(membershipId, more);
        body.put("user_id", user.id().toString());
        return api.as(admin).body(body).post(CLIENTS).then().statusCode(201).extract().path("id");
    }

    public void assign(String clientId, TestUser trainer) {
        api.as(admin).body(Map.of("trainer_id", trainer.id().toString())).put(CLIENT + "/trainer", clientId)
                .then().statusCode(200).body("trainer_id", equalTo(trainer.id().toString()));
    }

    /** A client of a new account, with a new membership and an assigned trainer. */
    public record Member(TestUser user, String clientId, TestUser trainer) {
    }

    public Member member() {
        TestUser user = api.newUser();
        TestUser trainer = trainer();
        String clientId = client(user, membership("STANDARD", "30.00"));
        assign(clientId, trainer);
        return new Member(user, clientId, trainer);
    }

    String training(TestUser writer, String clientId, Map<String, Object> body) {
        return api.as(writer).body(body).post(TRAININGS, clientId).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
