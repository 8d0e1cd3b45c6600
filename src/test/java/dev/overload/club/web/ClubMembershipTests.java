package dev.overload.club.web;

import static dev.overload.club.web.ClubFixture.CLIENT;
import static dev.overload.club.web.ClubFixture.MEMBERSHIPS;
import static dev.overload.club.web.ClubFixture.invalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Memberships: administrators write, everyone signed in reads; deleting one in use moves its clients. */
@ApiTest
class ClubMembershipTests {

    @Autowired
    Api api;

    ClubFixture club;

    @BeforeEach
    void setUp() {
        club = new ClubFixture(api);
    }

    @Test
    void administratorsWriteAndEveryoneReadsInTheClubsCurrency() {
        api.as(club.admin).body(Map.of("currency", "USD")).put("/api/club/settings").then().statusCode(200)
                .body("currency", equalTo("USD"));
        String id = api.as(club.admin).body(Map.of("access_level", "vip", "price", 99.5, "description", "All in"))
                .post(MEMBERSHIPS).then().statusCode(201)
                .header("Location", startsWith("/api/club/memberships/"))
                .extract().path("id");
        for (TestUser reader : new TestUser[]{api.newUser(), club.trainer(), club.admin}) {
            api.as(reader).get(MEMBERSHIPS + "/{id}", id).then().statusCode(200)
                    .body("access_level", equalTo("VIP")).body("price", equalTo(99.5f))
                    .body("currency", equalTo("USD")).body("description", equalTo("All in"));
        }
        api.as(club.admin).body(Map.of("price", 120)).put(MEMBERSHIPS + "/{id}", id).then().statusCode(200)
                .body("price", equalTo(120.0f)).body("access_level", equalTo("VIP"));
        api.as(club.admin).body(Map.of("currency", "EUR")).put("/api/club/settings").then().statusCode(200);
    }

    @Test
    void trainersAndUsersMayNotWrite() {
        String id = club.membership("STANDARD", "20");
        for (TestUser other : new TestUser[]{api.newUser(), club.trainer()}) {
            api.as(other).body(Map.of("price", 1)).post(MEMBERSHIPS).then().statusCode(403);
            api.as(other).body(Map.of("price", 1)).put(MEMBERSHIPS + "/{id}", id).then().statusCode(403);
            api.as(other).delete(MEMBERSHIPS + "/{id}", id).then().statusCode(403);
            api.as(other).body(Map.of("currency", "GBP")).put("/api/club/settings").then().statusCode(403);
        }
    }

    @Test
    void everyBoundIsCheckedNamingTheField() {
        invalid(api.as(club.admin).body(Map.of("access_level", "STANDARD")).post(MEMBERSHIPS).then(), "price");
        invalid(api.as(club.admin).body(Map.of("price", -1)).post(MEMBERSHIPS).then(), "price");
        invalid(api.as(club.admin).body(Map.of("price", 1.234)).post(MEMBERSHIPS).then(), "price");
        invalid(api.as(club.admin).body(Map.of("price", 1, "access_level", "GOLD")).post(MEMBERSHIPS).then(),
                "access_level");
        invalid(api.as(club.admin).body(Map.of("currency", "euro")).put("/api/club/settings").then(), "currency");
        api.as(club.admin).body(Map.of("price", 5)).post(MEMBERSHIPS).then().statusCode(201)
                .body("access_level", equalTo("STANDARD"));
    }

    @Test
    void deletingOneInUseMovesItsClientsToTheDefaultOrAnswers409() {
        String standard = club.membership("STANDARD", "30");
        String premium = club.membership("PREMIUM", "60");
        String clientId = club.client(api.newUser(), premium);
        Map<String, Object> noDefault = new HashMap<>();
        noDefault.put("default_membership_id", null);
        api.as(club.admin).body(noDefault).put("/api/club/settings").then().statusCode(200)
                .body("default_membership_id", equalTo(null));

        api.as(club.admin).delete(MEMBERSHIPS + "/{id}", premium).then().statusCode(409);

        api.as(club.admin).body(Map.of("default_membership_id", premium)).put("/api/club/settings").then()
                .statusCode(200);
        api.as(club.admin).delete(MEMBERSHIPS + "/{id}", premium).then().statusCode(409);

        api.as(club.admin).body(Map.of("default_membership_id", standard)).put("/api/club/settings").then()
                .statusCode(200).body("default_membership_id", equalTo(standard));
        api.as(club.admin).delete(MEMBERSHIPS + "/{id}", premium).then().statusCode(204);
        api.as(club.admin).get(MEMBERSHIPS + "/{id}", premium).then().statusCode(404);
        api.as(club.admin).get(CLIENT, clientId).then().statusCode(200).body("membership_id", equalTo(standard))
                .body("access_level", equalTo("STANDARD"));
    }
}
