package dev.overload.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.StatementCounter;
import dev.overload.TestUser;
import dev.overload.catalog.ExerciseCatalog;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/exercises}: the shipped catalog, search, filters, paging and sorting. Other tests may add
 * system exercises at any time, so these tests either work on their own tagged custom exercises or assert
 * properties that hold for every exercise in a result.
 */
@ApiTest
class ExerciseSearchTests {

    @Autowired
    Api api;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    StatementCounter counter;

    // --- The shipped catalog

    @Test
    void theShippedCatalogHasAtLeast150SystemExercises() {
        TestUser user = api.newUser();

        Response response = list(user, Map.of("custom", false));
        response.then().statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(20))
                .body("is_custom", everyItem(equalTo(false)));
        assertThat(total(response)).isGreaterThanOrEqualTo(150);
    }

    @Test
    void everyMuscleGroupIsThePrimaryMuscleOfSomeSystemExercise() {
        TestUser user = api.newUser();
        List<String> slugs = api.as(user).get("/api/muscle-groups").then().statusCode(200).extract().path("slug");
        assertThat(slugs).hasSize(21);

        for (String slug : slugs) {
            List<Map<String, Object>> exercises = all(user, Map.of("muscle_group", slug, "custom", false));
            assertThat(exercises).as("exercises working %s", slug)
                    .anySatisfy(exercise -> assertThat(exercise.get("primary_muscle_group")).isEqualTo(slug));
        }
    }

    @Test
    void everyEquipmentIsNeededBySomeSystemExerciseAndFiltersOnlyThoseThatNeedIt() {
        TestUser user = api.newUser();
        List<String> slugs = api.as(user).get("/api/equipment").then().statusCode(200).extract().path("slug");
        assertThat(slugs).hasSize(28);

        for (String slug : slugs) {
            Response response = list(user, Map.of("equipment", slug, "custom", false, "limit", 100));
            response.then().statusCode(200)
                    .body("equipment", everyItem(hasItem(slug)));
            assertThat(total(response)).as("system exercises needing %s", slug).isPositive();
        }
    }

    @Test
    void listedExercisesCarryTheirWholeDescription() {
        TestUser user = api.newUser();

        list(user, Map.of("search", "Barbell Hip Thrust", "custom", false))
                .then().statusCode(200)
                .body("name", hasItem("Barbell Hip Thrust"))
                .body("find { it.name == 'Barbell Hip Thrust' }.category", equalTo("STRENGTH"))
                .body("find { it.name == 'Barbell Hip Thrust' }.type", equalTo("ISOLATION"))
                .body("find { it.name == 'Barbell Hip Thrust' }.difficulty", equalTo("BEGINNER"))
                .body("find { it.name == 'Barbell Hip Thrust' }.primary_muscle_group", equalTo("glutes"))
                .body("find { it.name == 'Barbell Hip Thrust' }.body_region", equalTo("legs"))
                .body("find { it.name == 'Barbell Hip Thrust' }.secondary_muscle_groups",
                        contains("hamstrings", "quadriceps"))
                .body("find { it.name == 'Barbell Hip Thrust' }.equipment", contains("barbell", "bench"))
                .body("find { it.name == 'Barbell Hip Thrust' }.is_custom", equalTo(false))
                .body("find { it.name == 'Barbell Hip Thrust' }.usage_count", equalTo(0))
                .body("find { it.name == 'Barbell Hip Thrust' }.last_used_at", equalTo(null));
    }

    // --- search

    @Test
    void searchIgnoresCase() {
        TestUser user = api.newUser();

        Response upper = list(user, Map.of("search", "SQUAT", "limit", 100));
        Response lower = list(user, Map.of("search", "squat", "limit", 100));

        upper.then().statusCode(200);
        lower.then().statusCode(200);
        assertThat(total(upper)).isPositive().isEqualTo(total(lower));
        assertThat(ids(upper)).isNotEmpty().isEqualTo(ids(lower));
        assertThat(upper.jsonPath().getList("name", String.class)).contains("Barbell Back Squat");
    }

    @Test
    void searchIgnoresAccentsInTheNameAndInTheQuery() {
        TestUser user = api.newUser();
        String tag = tag();
        String id = create(user, Map.of("name", "Développé couché " + tag));

        for (String search : List.of("developpe", "DÉVELOPPÉ", "Developpe Couche", "développé couché " + tag)) {
            list(user, Map.of("search", search, "custom", true))
                    .then().statusCode(200)
                    .header("X-Total-Count", "1")
                    .body("id", contains(id))
                    .body("[0].name", equalTo("Développé couché " + tag));
        }
    }

    @Test
    void searchLooksIntoTheDescriptionToo() {
        TestUser user = api.newUser();
        String tag = tag();
        String id = create(user,
                Map.of("name", "Plain Name " + tag, "description", "Keep the elbows " + tag + "-tucked"));

        list(user, Map.of("search", tag + "-TUCKED"))
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(id));
        list(user, Map.of("search", "padded barbell across the hips", "custom", false))
                .then().statusCode(200)
                .body("name", hasItem("Barbell Hip Thrust"));
    }

    @Test
    void aChangedExerciseIsFoundByItsNewTextOnly() {
        TestUser user = api.newUser();
        String tag = tag();
        String id = create(user, Map.of("name", "Old Name " + tag, "description", "old words"));

        api.as(user).body(Map.of("name", "Neue Übung " + tag, "description", "frische Wörter"))
                .put("/api/exercises/" + id).then().statusCode(200);

        list(user, Map.of("search", "old name " + tag)).then().statusCode(200).header("X-Total-Count", "0");
        list(user, Map.of("search", "old words", "custom", true)).then().statusCode(200).header("X-Total-Count", "0");
        list(user, Map.of("search", "neue ubung " + tag)).then().statusCode(200).body("id", contains(id));
        list(user, Map.of("search", "frische worter", "custom", true)).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void percentAndUnderscoreInASearchAreLiteralCharacters() {
        TestUser user = api.newUser();
        String tag = tag();
        String percent = create(user, Map.of("name", "Row 100% " + tag));
        create(user, Map.of("name", "Row 1000 " + tag));
        String underscore = create(user, Map.of("name", "Row a_b " + tag));
        create(user, Map.of("name", "Row axb " + tag));

        list(user, Map.of("search", "100%", "custom", true))
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(percent));
        list(user, Map.of("search", "a_b", "custom", true))
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(underscore));
        Response everyPercent = list(user, Map.of("search", "%", "limit", 100));
        everyPercent.then().statusCode(200).body("id", hasItem(percent));
        assertThat(everyPercent.jsonPath().getList("$", Map.class)).allSatisfy(
                exercise -> assertThat(exercise.get("name") + " " + exercise.get("description")).contains("%"));
        list(user, Map.of("search", "!", "custom", true))
                .then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void aBlankSearchFindsEverything() {
        TestUser user = api.newUser();

        long everything = total(list(user, Map.of()));
        assertThat(total(list(user, Map.of("search", "   ")))).isEqualTo(everything);
    }

    @Test
    void aSearchLongerThan100CharactersIsRefused() {
        TestUser user = api.newUser();

        list(user, Map.of("search", "x".repeat(101)))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("search"));
    }

    @Test
    void aSearchWithANulCharacterIsABadRequest() {
        TestUser user = api.newUser();

        list(user, Map.of("search", "press\u0000"))
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    // --- muscle_group

    @Test
    void aBodyRegionMatchesExercisesWithAPrimaryOrSecondaryMuscleInIt() {
        TestUser user = api.newUser();
        Set<String> legMuscles = muscleGroupsIn(user, "legs");
        assertThat(legMuscles).contains("quadriceps", "hamstrings", "glutes", "calves");
        String tag = tag();
        String secondaryOnly = create(user, Map.of("name", "Chest Thing " + tag, "primary_muscle_group", "chest",
                "secondary_muscle_groups", List.of("glutes")));
        String unrelated = create(user, Map.of("name", "Arm Thing " + tag, "primary_muscle_group", "biceps"));

        List<Map<String, Object>> exercises = all(user, Map.of("muscle_group", "legs"));

        assertThat(exercises).hasSizeGreaterThan(20).allSatisfy(exercise -> {
            @SuppressWarnings("unchecked")
            List<String> secondary = (List<String>) exercise.get("secondary_muscle_groups");
            boolean works = legMuscles.contains((String) exercise.get("primary_muscle_group"))
                    || secondary.stream().anyMatch(legMuscles::contains);
            assertThat(works).as("%s works the legs", exercise.get("name")).isTrue();
        });
        assertThat(exercises).extracting(exercise -> exercise.get("id")).contains(secondaryOnly)
                .doesNotContain(unrelated);
        assertThat(exercises).extracting(exercise -> exercise.get("name")).contains("Barbell Back Squat");
    }

    @Test
    void aMuscleGroupSlugMatchesPrimaryOrSecondaryMuscleInAnyCase() {
        TestUser user = api.newUser();
        String tag = tag();
        String primary = create(user, Map.of("name", "Calf One " + tag, "primary_muscle_group", "calves"));
        String secondary = create(user, Map.of("name", "Calf Two " + tag, "primary_muscle_group", "quadriceps",
                "secondary_muscle_groups", List.of("calves")));
        create(user, Map.of("name", "Calf Three " + tag, "primary_muscle_group", "quadriceps"));

        list(user, Map.of("muscle_group", "CALVES", "search", tag))
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", contains(primary, secondary));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "wings", "legz"})
    void anUnknownMuscleGroupIsRefusedNamingTheParameter(String muscleGroup) {
        TestUser user = api.newUser();

        list(user, Map.of("muscle_group", muscleGroup))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("muscle_group"));
    }

    // --- equipment

    @Test
    void bodyweightMeansNoEquipmentAtAll() {
        TestUser user = api.newUser();
        String tag = tag();
        String bare = create(user, Map.of("name", "Bare " + tag));
        String banded = create(user, Map.of("name", "Banded " + tag, "equipment", List.of("resistance_band")));

        Response response = list(user, Map.of("equipment", "bodyweight", "limit", 100));
        response.then().statusCode(200)
                .body("equipment", everyItem(empty()));
        assertThat(total(response)).isGreaterThan(10);
        assertThat(response.jsonPath().getList("name", String.class)).contains("Push-Up");

        list(user, Map.of("equipment", "BODYWEIGHT", "search", tag))
                .then().statusCode(200)
                .body("id", contains(bare));
        list(user, Map.of("equipment", "resistance_band", "search", tag))
                .then().statusCode(200)
                .body("id", contains(banded));
    }

    @Test
    void anEquipmentSlugFindsTheExercisesThatNeedIt() {
        TestUser user = api.newUser();

        Response response = list(user, Map.of("equipment", "barbell", "limit", 100));
        response.then().statusCode(200)
                .body("equipment", everyItem(hasItem("barbell")))
                .body("name", hasItem("Barbell Bench Press"));
        assertThat(response.jsonPath().getList("name", String.class)).doesNotContain("Push-Up", "Dumbbell Bench Press");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "hoverboard"})
    void unknownEquipmentIsRefusedNamingTheParameter(String equipment) {
        TestUser user = api.newUser();

        list(user, Map.of("equipment", equipment))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("equipment"));
    }

    // --- category and difficulty

    @ParameterizedTest
    @CsvSource({"CARDIO, CARDIO", "stretching, STRETCHING", "Power, POWER"})
    void categoryFiltersInAnyCase(String given, String expected) {
        TestUser user = api.newUser();

        Response response = list(user, Map.of("category", given, "limit", 100));
        response.then().statusCode(200)
                .body("category", everyItem(equalTo(expected)));
        assertThat(total(response)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"ADVANCED, ADVANCED", "beginner, BEGINNER", "Expert, EXPERT"})
    void difficultyFiltersInAnyCase(String given, String expected) {
        TestUser user = api.newUser();

        Response response = list(user, Map.of("difficulty", given, "limit", 100));
        response.then().statusCode(200)
                .body("difficulty", everyItem(equalTo(expected)));
        assertThat(total(response)).isPositive();
    }

    @Test
    void filtersCombine() {
        TestUser user = api.newUser();

        Response response = list(user, Map.of("category", "strength", "difficulty", "intermediate",
                "equipment", "dumbbell", "muscle_group", "chest", "limit", 100));
        response.then().statusCode(200)
                .body("category", everyItem(equalTo("STRENGTH")))
                .body("difficulty", everyItem(equalTo("INTERMEDIATE")))
                .body("equipment", everyItem(hasItem("dumbbell")))
                .body("name", hasItem("Decline Dumbbell Bench Press"));
    }

    @Test
    void anUnknownDifficultyIsRefusedNamingTheParameter() {
        TestUser user = api.newUser();

        list(user, Map.of("difficulty", "impossible"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("difficulty"));
    }

    @Test
    void anUnknownCategoryIsRefusedNamingTheParameter() {
        TestUser user = api.newUser();

        list(user, Map.of("category", "yoga"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("category"));
    }

    // --- custom and visibility

    @Test
    void customTrueShowsOnlyMyOwnCustomExercises() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String tag = tag();
        String first = create(user, Map.of("name", "A Mine " + tag));
        String second = create(user, Map.of("name", "B Mine " + tag));
        create(other, Map.of("name", "C Theirs " + tag));

        list(user, Map.of("custom", true))
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", contains(first, second))
                .body("is_custom", everyItem(equalTo(true)))
                .body("created_by", everyItem(equalTo(user.id().toString())));
        list(user, Map.of("custom", false, "search", tag))
                .then().statusCode(200)
                .header("X-Total-Count", "0");
        list(user, Map.of("search", tag))
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", contains(first, second));
    }

    @Test
    void anotherUsersCustomExercisesNeverAppear() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String tag = tag();
        create(owner, Map.of("name", "Secret Squat " + tag, "primary_muscle_group", "quadriceps",
                "equipment", List.of("barbell")));

        list(other, Map.of("search", tag)).then().statusCode(200).header("X-Total-Count", "0").body("$", empty());
        list(other, Map.of("custom", true)).then().statusCode(200).header("X-Total-Count", "0");
        assertThat(all(other, Map.of("muscle_group", "quadriceps", "equipment", "barbell")))
                .extracting(exercise -> exercise.get("name")).doesNotContain("Secret Squat " + tag);
        list(owner, Map.of("search", tag)).then().statusCode(200).header("X-Total-Count", "1");
    }

    // --- paging

    @Test
    void limitAndOffsetPageThroughTheResultsWithTheTotalCount() {
        TestUser user = api.newUser();
        String tag = tag();
        List<String> ids = new ArrayList<>();
        for (String letter : List.of("A", "B", "C", "D", "E")) {
            ids.add(create(user, Map.of("name", letter + " Paged " + tag)));
        }

        list(user, Map.of("search", tag, "limit", 2))
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("id", contains(ids.get(0), ids.get(1)));
        list(user, Map.of("search", tag, "limit", 2, "offset", 2))
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("id", contains(ids.get(2), ids.get(3)));
        list(user, Map.of("search", tag, "limit", 2, "offset", 4))
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("id", contains(ids.get(4)));
        list(user, Map.of("search", tag, "limit", 2, "offset", 5))
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("$", empty());
    }

    @Test
    void twentyExercisesAPageUnlessAskedAndAtMost100() {
        TestUser user = api.newUser();

        list(user, Map.of()).then().statusCode(200).body("$", hasSize(20));
        list(user, Map.of("limit", 100)).then().statusCode(200).body("$", hasSize(100));
        list(user, Map.of("limit", 1)).then().statusCode(200).body("$", hasSize(1));
    }

    @ParameterizedTest
    @CsvSource({"limit, 0", "limit, 101", "limit, -1", "offset, -1", "limit, many"})
    void pagingOutsideItsBoundsIsRefusedNamingTheParameter(String parameter, String value) {
        TestUser user = api.newUser();

        list(user, Map.of(parameter, value))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    // --- sort

    @Test
    void sortByNameIgnoresCaseAndMinusReversesIt() {
        TestUser user = api.newUser();
        String tag = tag();
        String b = create(user, Map.of("name", tag + " beta"));
        String a = create(user, Map.of("name", tag + " Alpha"));
        String c = create(user, Map.of("name", tag + " Gamma"));

        list(user, Map.of("search", tag)).then().statusCode(200).body("id", contains(a, b, c));
        list(user, Map.of("search", tag, "sort", "name")).then().statusCode(200).body("id", contains(a, b, c));
        list(user, Map.of("search", tag, "sort", "-name")).then().statusCode(200).body("id", contains(c, b, a));
    }

    @Test
    void sortByDifficultyFollowsTheScaleNotTheAlphabet() {
        TestUser user = api.newUser();
        String tag = tag();
        String expert = create(user, Map.of("name", tag + " 1", "difficulty", "EXPERT"));
        String beginner = create(user, Map.of("name", tag + " 2", "difficulty", "BEGINNER"));
        String advanced = create(user, Map.of("name", tag + " 3", "difficulty", "ADVANCED"));
        String intermediate = create(user, Map.of("name", tag + " 4", "difficulty", "INTERMEDIATE"));

        list(user, Map.of("search", tag, "sort", "difficulty"))
                .then().statusCode(200)
                .body("id", contains(beginner, intermediate, advanced, expert));
        list(user, Map.of("search", tag, "sort", "-difficulty,name"))
                .then().statusCode(200)
                .body("id", contains(expert, advanced, intermediate, beginner));
    }

    @Test
    void sortByCreatedAtFollowsCreation() {
        TestUser user = api.newUser();
        String tag = tag();
        String first = create(user, Map.of("name", tag + " Zulu"));
        String second = create(user, Map.of("name", tag + " Alpha"));

        list(user, Map.of("search", tag, "sort", "created_at")).then().statusCode(200).body("id",
                contains(first, second));
        list(user, Map.of("search", tag, "sort", "-created_at")).then().statusCode(200).body("id",
                contains(second, first));
    }

    @Test
    void sortByRecentPutsMyMostRecentlyUsedExercisesFirst() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String tag = tag();
        String neverUsed = create(user, Map.of("name", tag + " A never"));
        String usedLongAgo = create(user, Map.of("name", tag + " B long ago"));
        String usedLately = create(user, Map.of("name", tag + " C lately"));
        String benchPress = systemExerciseId(user, "Barbell Bench Press");
        catalog.recordUsage(user.id(), List.of(UUID.fromString(usedLongAgo)), Instant.parse("2021-03-01T08:00:00Z"));
        catalog.recordUsage(user.id(), List.of(UUID.fromString(usedLately)), Instant.parse("2023-06-01T08:00:00Z"));
        catalog.recordUsage(user.id(), List.of(UUID.fromString(benchPress)), Instant.parse("2022-01-15T08:00:00Z"));
        // Someone else's usage says nothing about mine.
        catalog.recordUsage(other.id(), List.of(UUID.fromString(systemExerciseId(other, "Push-Up"))),
                Instant.parse("2030-01-01T00:00:00Z"));

        list(user, Map.of("sort", "recent", "limit", 3))
                .then().statusCode(200)
                .body("id", contains(usedLately, benchPress, usedLongAgo))
                .body("last_used_at", contains("2023-06-01T08:00:00Z", "2022-01-15T08:00:00Z", "2021-03-01T08:00:00Z"))
                .body("usage_count", contains(1, 1, 1));
        list(user, Map.of("search", tag, "sort", "recent"))
                .then().statusCode(200)
                .body("id", contains(usedLately, usedLongAgo, neverUsed));
        list(user, Map.of("search", tag, "sort", "-recent"))
                .then().statusCode(200)
                .body("id", contains(usedLately, usedLongAgo, neverUsed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "-bogus", "name,bogus", "usage_count"})
    void sortingByAnUnknownFieldIsRefusedNamingSort(String sort) {
        TestUser user = api.newUser();

        list(user, Map.of("sort", sort))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sort"));
    }

    // --- authentication and cost

    @Test
    void listingNeedsAToken() {
        api.anonymous().get("/api/exercises")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aPageOf100ExercisesCostsAtMostFiveStatements() {
        TestUser user = api.newUser();
        catalog.recordUsage(user.id(), List.of(UUID.fromString(systemExerciseId(user, "Barbell Bench Press"))),
                Instant.parse("2024-01-01T00:00:00Z"));
        list(user, Map.of("limit", 100)).then().statusCode(200);

        long statements = counter.count(() -> list(user, Map.of("limit", 100, "sort", "recent"))
                .then().statusCode(200).body("$", hasSize(100)));

        assertThat(statements).as("statements for a page of 100").isPositive().isLessThanOrEqualTo(5);
    }

    private Response list(TestUser user, Map<String, ?> query) {
        return api.as(user).queryParams(query).get("/api/exercises");
    }

    /** Every exercise matching the query, a page of 100 at a time. */
    private List<Map<String, Object>> all(TestUser user, Map<String, ?> query) {
        List<Map<String, Object>> exercises = new ArrayList<>();
        long total;
        do {
            Map<String, Object> page = new HashMap<>(query);
            page.put("limit", 100);
            page.put("offset", exercises.size());
            Response response = list(user, page);
            response.then().statusCode(200);
            total = total(response);
            List<Map<String, Object>> items = response.jsonPath().getList("$");
            if (items.isEmpty()) {
                break;
            }
            exercises.addAll(items);
        } while (exercises.size() < total);
        return exercises;
    }

    private String create(TestUser user, Map<String, ?> body) {
        return api.as(user).body(body).post("/api/exercises").then().statusCode(201).extract().path("id");
    }

    private String systemExerciseId(TestUser user, String name) {
        return list(user, Map.of("search", name, "custom", false, "limit", 100))
                .then().statusCode(200)
                .extract().path("find { it.name == '" + name + "' }.id");
    }

    private Set<String> muscleGroupsIn(TestUser user, String region) {
        JsonPath groups = api.as(user).get("/api/muscle-groups").then().statusCode(200).extract().jsonPath();
        return new HashSet<>(groups.getList("findAll { it.body_region == '" + region + "' }.slug", String.class));
    }

    private static List<String> ids(Response response) {
        return response.jsonPath().getList("id", String.class);
    }

    private static long total(Response response) {
        return Long.parseLong(response.header("X-Total-Count"));
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
