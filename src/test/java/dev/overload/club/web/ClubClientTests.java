package dev.overload.club.web;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.text;
import static dev.overload.club.web.ClubFixture.CLIENT;
import static dev.overload.club.web.ClubFixture.CLIENTS;
import static dev.overload.club.web.ClubFixture.clientBody;
import static dev.overload.club.web.ClubFixture.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import dev.overload.club.web.ClubFixture.Member;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clients: one per account, made for an existing account or an invited one, listed with filters; who may read
 * and change them (ADMIN, assigned TRAINER, other TRAINER, the client, another USER); soft delete; units.
 */
@ApiTest
class ClubClientTests {

    @Autowired
    Api api;

    ClubFixture club;

    @BeforeEach
    void setUp() {
        club = new ClubFixture(api);
    }

    @Test
    void eachRoleReadsAndChangesWhatItMay() {
        Member member = club.member();
        TestUser otherTrainer = club.trainer();
        TestUser stranger = api.newUser();
        String id = member.clientId();

        for (TestUser reader : new TestUser[]{club.admin, member.trainer(), member.user()}) {
            api.as(reader).get(CLIENT, id).then().statusCode(200).body("user_id", equalTo(member.user().id()
                    .toString())).body("status", equalTo("ACTIVE"));
        }
        api.as(member.user()).get(CLIENTS + "/me").then().statusCode(200).body("id", equalTo(id));
        for (TestUser outsider : new TestUser[]{otherTrainer, stranger}) {
            api.as(outsider).get(CLIENT, id).then().statusCode(404);
            api.as(outsider).body(Map.of("first_name", "X")).put(CLIENT, id).then().statusCode(404);
            api.as(outsider).get(CLIENTS + "/me").then().statusCode(404);
        }

        api.as(member.trainer()).body(Map.of("first_name", "Augusta", "weight_kg", 61.5)).put(CLIENT, id).then()
                .statusCode(200).body("first_name", equalTo("Augusta")).body("weight_kg", equalTo(61.5f));
        api.as(member.trainer()).body(Map.of("status", "ON_HOLD")).put(CLIENT, id).then().statusCode(403);
        api.as(member.user()).body(Map.of("first_name", "Me")).put(CLIENT, id).then().statusCode(403);
        api.as(club.admin).body(Map.of("status", "ON_HOLD")).put(CLIENT, id).then().statusCode(200)
                .body("status", equalTo("ON_HOLD")).body("first_name", equalTo("Augusta"));

        api.as(member.trainer()).get(CLIENTS).then().statusCode(200).header("X-Total-Count", "1")
                .body("id", contains(id));
        api.as(otherTrainer).get(CLIENTS).then().statusCode(200).header("X-Total-Count", "0");
        api.as(stranger).get(CLIENTS).then().statusCode(403);
        api.as(member.trainer()).delete(CLIENT, id).then().statusCode(403);
        api.as(member.trainer()).body(Map.of("trainer_id", otherTrainer.id())).put(CLIENT + "/trainer", id).then()
                .statusCode(403);
    }

    @Test
    void oneClientPerAccountAndEveryFieldChecked() {
        String membership = club.membership("STANDARD", "25");
        TestUser user = api.newUser();
        club.client(user, membership);
        Map<String, Object> again = clientBody(membership, "user_id", user.id().toString());
        api.as(club.admin).body(again).post(CLIENTS).then().statusCode(409);

        TestUser other = api.newUser();
        String userId = other.id().toString();
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "phone_number", "0151 123"))
                .post(CLIENTS).then(), "phone_number");
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "first_name", "x".repeat(51)))
                .post(CLIENTS).then(), "first_name");
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "last_name", "x".repeat(81)))
                .post(CLIENTS).then(), "last_name");
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "date_of_birth", "2999-01-01"))
                .post(CLIENTS).then(), "date_of_birth");
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "gender", "OTHER"))
                .post(CLIENTS).then(), "gender");
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "weight_kg", 1000))
                .post(CLIENTS).then(), "weight_kg");
        invalid(api.as(club.admin).body(clientBody(membership)).post(CLIENTS).then(), "user_id");
        invalid(api.as(club.admin).body(clientBody("01900000-0000-7000-8000-000000000000", "user_id", userId))
                .post(CLIENTS).then(), "membership_id");
        invalid(api.as(club.admin).body(clientBody(membership, "user_id", userId, "membership_started_on",
                "2026-02-01", "membership_ends_on", "2026-01-01")).post(CLIENTS).then(), "membership_ends_on");
        Map<String, Object> missing = clientBody(membership, "user_id", userId);
        missing.remove("date_of_birth");
        invalid(api.as(club.admin).body(missing).post(CLIENTS).then(), "date_of_birth");
        invalid(api.as(club.admin).body(Map.of("trainer_id", other.id())).put(CLIENT + "/trainer",
                club.client(other, membership)).then(), "trainer_id");
    }

    @Test
    void aNewClientIsInvitedByEmailAndSetsTheirPassword() {
        String membership = club.membership("PREMIUM", "49.90");
        String email = "invited" + ClubFixture.tag() + "@example.com";
        Map<String, Object> body = clientBody(membership, "email", email, "first_name", "Grace");
        String userId = api.as(club.admin).body(body).post(CLIENTS).then().statusCode(201)
                .body("first_name", equalTo("Grace")).extract().path("user_id");
        api.as(club.admin).body(body).post(CLIENTS).then().statusCode(409);

        String mail = text(awaitMails(email, 1).getFirst());
        Matcher token = Pattern.compile("\"token\": \"([A-Za-z0-9_-]+)\"").matcher(mail);
        assertThat(token.find()).isTrue();
        Matcher username = Pattern.compile("your username is \"([^\"]+)\"").matcher(mail);
        assertThat(username.find()).isTrue();
        api.anonymous().body(Map.of("token", token.group(1), "new_password", "set-by-me-42"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
        TestUser invited = api.logIn(new TestUser(null, username.group(1), email, "set-by-me-42", null, null,
                Api.newClientIp()));
        api.as(invited).get(CLIENTS + "/me").then().statusCode(200).body("user_id", equalTo(userId))
                .body("access_level", equalTo("PREMIUM"));
    }

    @Test
    void listsFilterSearchPageAndSort() {
        String gold = club.membership("VIP", "150");
        TestUser trainer = club.trainer();
        String tag = ClubFixture.tag();
        String first = club.client(api.newUser(), gold, "last_name", "Zeta" + tag, "phone_number", "+441234567890");
        String second = club.client(api.newUser(), gold, "last_name", "Alpha" + tag);
        club.assign(first, trainer);
        club.assign(second, trainer);
        api.as(club.admin).body(Map.of("status", "INACTIVE")).put(CLIENT, second).then().statusCode(200);

        api.as(club.admin).queryParam("membership_id", gold).get(CLIENTS).then().statusCode(200)
                .header("X-Total-Count", "2").body("id", contains(second, first));
        api.as(club.admin).queryParam("membership_id", gold).queryParam("sort", "-last_name").get(CLIENTS).then()
                .statusCode(200).body("id", contains(first, second));
        api.as(club.admin).queryParam("membership_id", gold).queryParam("status", "ACTIVE").get(CLIENTS).then()
                .statusCode(200).body("id", contains(first));
        api.as(club.admin).queryParam("search", "zeta" + tag).get(CLIENTS).then().statusCode(200)
                .body("id", contains(first));
        api.as(club.admin).queryParam("search", "441234567890").queryParam("trainer_id", trainer.id()).get(CLIENTS)
                .then().statusCode(200).body("id", contains(first));
        api.as(trainer).queryParam("limit", 1).queryParam("offset", 1).get(CLIENTS).then().statusCode(200)
                .header("X-Total-Count", "2").body("id", contains(first));
        invalid(api.as(club.admin).queryParam("sort", "phone_number").get(CLIENTS).then(), "sort");
    }

    @Test
    void removingAClientKeepsTheAccountAndEndsTheTrainersAccess() {
        Member member = club.member();
        api.as(member.trainer()).header("Act-As-User", member.user().id()).get("/api/training-plans").then()
                .statusCode(200);

        api.as(club.admin).delete(CLIENT, member.clientId()).then().statusCode(204);

        api.as(club.admin).get(CLIENT, member.clientId()).then().statusCode(404);
        api.as(club.admin).get(CLIENTS).then().statusCode(200).body("id", not(hasItem(member.clientId())));
        api.as(member.user()).get("/api/users/me").then().statusCode(200);
        api.as(member.trainer()).header("Act-As-User", member.user().id()).get("/api/training-plans").then()
                .statusCode(404);
        club.client(member.user(), club.membership("STANDARD", "10"));
    }

    @Test
    void weightAndHeightAreShownInTheReadersUnitsToo() {
        TestUser user = api.newUser();
        String id = club.client(user, club.membership("STANDARD", "10"), "weight_kg", 80, "height_sm", 180);
        api.as(user).body(Map.of("weight_unit", "LB", "height_unit", "IN")).patch("/api/users/me").then()
                .statusCode(200);
        api.as(user).get(CLIENTS + "/me").then().statusCode(200).body("weight_kg", equalTo(80))
                .body("height_sm", equalTo(180)).body("weight", equalTo(176.37f)).body("weight_unit", equalTo("LB"))
                .body("height", equalTo(70.87f)).body("height_unit", equalTo("IN"));
        api.as(club.admin).get(CLIENT, id).then().statusCode(200).body("weight", equalTo(80))
                .body("weight_unit", equalTo("KG"));
    }
}
