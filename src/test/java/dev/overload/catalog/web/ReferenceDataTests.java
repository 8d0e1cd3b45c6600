package dev.overload.catalog.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/muscle-groups} and {@code GET /api/equipment}: the catalog's reference data. */
@ApiTest
class ReferenceDataTests {

    @Autowired
    Api api;

    @Test
    void listsThe21MuscleGroupsEachInABodyRegion() {
        TestUser user = api.newUser();

        List<String> regions = api.as(user).get("/api/muscle-groups")
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(21))
                .body("slug", everyItem(matchesPattern("[a-z_]+")))
                .body("name", everyItem(notNullValue()))
                .body("body_region", everyItem(notNullValue()))
                .body("slug", hasItems("chest", "lats", "quadriceps", "hip_flexors", "full_body"))
                .body("find { it.slug == 'quadriceps' }.name", equalTo("Quadriceps"))
                .body("find { it.slug == 'quadriceps' }.body_region", equalTo("legs"))
                .body("find { it.slug == 'rear_delts' }.body_region", equalTo("shoulders"))
                .body("find { it.slug == 'obliques' }.body_region", equalTo("core"))
                .extract().path("body_region");
        org.hamcrest.MatcherAssert.assertThat(new HashSet<>(regions),
                containsInAnyOrder("chest", "back", "shoulders", "arms", "core", "legs", "full_body"));
        List<String> slugs = api.as(user).get("/api/muscle-groups").then().extract().path("slug");
        org.hamcrest.MatcherAssert.assertThat(new HashSet<>(slugs), hasSize(21));
    }

    @Test
    void listsThe28KindsOfEquipmentAndNoBodyweightItem() {
        TestUser user = api.newUser();

        List<String> slugs = api.as(user).get("/api/equipment")
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(28))
                .body("slug", everyItem(matchesPattern("[a-z_]+")))
                .body("name", everyItem(notNullValue()))
                .body("slug", hasItems("barbell", "dumbbell", "pull_up_bar", "landmine"))
                .body("slug", not(hasItem("bodyweight")))
                .body("find { it.slug == 'ez_bar' }.name", equalTo("EZ Bar"))
                .extract().path("slug");
        org.hamcrest.MatcherAssert.assertThat(new HashSet<>(slugs), hasSize(28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/muscle-groups", "/api/equipment"})
    void referenceDataNeedsAToken(String path) {
        api.anonymous().get(path)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
