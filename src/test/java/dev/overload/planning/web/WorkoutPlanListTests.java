package dev.overload.planning.web;

import static dev.overload.planning.web.WorkoutPlanFixture.PLANS;
import static dev.overload.planning.web.WorkoutPlanFixture.error;
import static dev.overload.planning.web.WorkoutPlanFixture.invalid;
import static dev.overload.planning.web.WorkoutPlanFixture.uniqueWord;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 003's list of workout plans (the caller's own and public ones, filtered and paged) and its statistics.
 * Every test's users see the public plans of all other tests, so counts are taken under a filter that only
 * this test's plans pass: the creator, or a word only this test uses.
 */
@ApiTest
class WorkoutPlanListTests {

    @Autowired
    Api api;

    WorkoutPlanFixture plans;

    @BeforeEach
    void setUp() {
        plans = new WorkoutPlanFixture(api);
    }

    @Test
    void listsInTheSeedsEnvelopeWithPagination() {
        TestUser user = api.newUser(Map.of("first_name", "Ann", "last_name", "Lee"));
        String word = uniqueWord();
        for (int i = 1; i <= 3; i++) {
            plans.create(user, "Plan " + i + " " + word);
        }

        api.as(user).queryParam("search", word).queryParam("limit", 2).get(PLANS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", aMapWithSize(3))
                .body("success", is(true))
                .body("data", hasSize(2))
                .body("pagination", aMapWithSize(4))
                .body("pagination.total", equalTo(3))
                .body("pagination.page", equalTo(1))
                .body("pagination.limit", equalTo(2))
                .body("pagination.totalPages", equalTo(2))
                .body("data[0].keySet()", containsInAnyOrder("id", "name", "description", "muscle_types",
                        "difficulty_level", "estimated_duration", "created_by", "is_public", "created_at",
                        "updated_at", "users"))
                .body("data.created_by", everyItem(equalTo(user.id().toString())))
                .body("data.users.name", everyItem(equalTo("Ann Lee")))
                .body("data.users.email", everyItem(equalTo(user.email())));
        api.as(user).queryParam("search", word).queryParam("limit", 2).queryParam("page", 2).get(PLANS)
                .then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].name", equalTo("Plan 1 " + word))
                .body("pagination.total", equalTo(3))
                .body("pagination.page", equalTo(2))
                .body("pagination.limit", equalTo(2))
                .body("pagination.totalPages", equalTo(2));
    }

    @Test
    void pageOneOfTenIsTheDefault() {
        TestUser user = api.newUser();
        for (int i = 1; i <= 11; i++) {
            plans.create(user, "Plan " + i);
        }

        api.as(user).queryParam("created_by", user.id()).get(PLANS)
                .then().statusCode(200)
                .body("data", hasSize(10))
                .body("data[0].name", equalTo("Plan 11"))
                .body("pagination.total", equalTo(11))
                .body("pagination.page", equalTo(1))
                .body("pagination.limit", equalTo(10))
                .body("pagination.totalPages", equalTo(2));
    }

    @Test
    void aPageAfterTheLastIsEmptyButCountsAll() {
        TestUser user = api.newUser();
        plans.create(user, "Only");

        api.as(user).queryParam("created_by", user.id()).queryParam("page", 3).get(PLANS)
                .then().statusCode(200)
                .body("data", empty())
                .body("pagination.total", equalTo(1))
                .body("pagination.page", equalTo(3))
                .body("pagination.totalPages", equalTo(1));
    }

    @Test
    void findingNothingIsAnEmptyPage() {
        TestUser user = api.newUser();

        api.as(user).queryParam("search", uniqueWord()).get(PLANS)
                .then().statusCode(200)
                .body("success", is(true))
                .body("data", empty())
                .body("pagination.total", equalTo(0))
                .body("pagination.page", equalTo(1))
                .body("pagination.limit", equalTo(10))
                .body("pagination.totalPages", equalTo(0));
    }

    @Test
    void aLimitOf100IsAllowed() {
        TestUser user = api.newUser();
        plans.create(user, "One");

        api.as(user).queryParam("created_by", user.id()).queryParam("limit", 100).get(PLANS)
                .then().statusCode(200)
                .body("data", hasSize(1))
                .body("pagination.limit", equalTo(100))
                .body("pagination.totalPages", equalTo(1));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page, 0", "page, -1", "page, first", "limit, 0", "limit, 101", "limit, ten",
            "difficulty_level, expert", "created_by, someone", "is_public, maybe", "muscle_type, "
                    + "a_muscle_type_name_that_is_longer_than_forty_characters"})
    void anInvalidQueryParameterIsRefusedNamingIt(String parameter, String value) {
        TestUser user = api.newUser();

        invalid(api.as(user).queryParam(parameter, value).get(PLANS).then(), parameter);
    }

    @Test
    void aSearchOfMoreThan100CharactersIsRefused() {
        TestUser user = api.newUser();

        invalid(api.as(user).queryParam("search", "s".repeat(101)).get(PLANS).then(), "search");
        api.as(user).queryParam("search", "s".repeat(100)).get(PLANS).then().statusCode(200);
    }

    @Test
    void showsOnesOwnPlansAndOthersPublicOnesButNeverOthersPrivateOnes() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String word = uniqueWord();
        String ownPrivate = plans.create(user, "Mine private " + word);
        String ownPublic = plans.create(user, "Mine public " + word, Map.of("is_public", true));
        String othersPublic = plans.create(other, "Theirs public " + word, Map.of("is_public", true));
        String othersPrivate = plans.create(other, "Theirs private " + word);

        api.as(user).queryParam("search", word).get(PLANS)
                .then().statusCode(200)
                .body("data.id", containsInAnyOrder(ownPrivate, ownPublic, othersPublic))
                .body("pagination.total", equalTo(3));
        api.as(other).queryParam("search", word).get(PLANS)
                .then().statusCode(200)
                .body("data.id", containsInAnyOrder(ownPublic, othersPublic, othersPrivate))
                .body("pagination.total", equalTo(3));
        api.as(user).queryParam("created_by", other.id()).get(PLANS)
                .then().body("data.id", contains(othersPublic));
    }

    @Test
    void showsTheCreatorsEmailOnlyToTheCreator() {
        TestUser user = api.newUser(Map.of("first_name", "Me"));
        TestUser other = api.newUser(Map.of("first_name", "Them"));
        String word = uniqueWord();
        String mine = plans.create(user, "Mine " + word, Map.of("is_public", true));
        String theirs = plans.create(other, "Theirs " + word, Map.of("is_public", true));

        api.as(user).queryParam("search", word).get(PLANS)
                .then().statusCode(200)
                .body("data.find { it.id == '" + mine + "' }.users.name", equalTo("Me"))
                .body("data.find { it.id == '" + mine + "' }.users.email", equalTo(user.email()))
                .body("data.find { it.id == '" + theirs + "' }.users.name", equalTo("Them"))
                .body("data.find { it.id == '" + theirs + "' }.users", hasKey("email"))
                .body("data.find { it.id == '" + theirs + "' }.users.email", nullValue());
    }

    @Test
    void listsNewestFirst() {
        TestUser user = api.newUser();
        String first = plans.create(user, "First");
        String second = plans.create(user, "Second");
        String third = plans.create(user, "Third");

        api.as(user).queryParam("created_by", user.id()).get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(third, second, first));
    }

    @Test
    void filtersByMuscleTypeInAnyCase() {
        TestUser user = api.newUser();
        String word = uniqueWord();
        String chest = plans.create(user, "Chest " + word, Map.of("muscle_types", List.of("chest")));
        String legsAndBack = plans.create(user, "Legs " + word, Map.of("muscle_types", List.of("legs", "back")));
        String chestAndBack = plans.create(user, "Both " + word, Map.of("muscle_types", List.of("chest", "back")));

        api.as(user).queryParam("search", word).queryParam("muscle_type", "back").get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(chestAndBack, legsAndBack))
                .body("pagination.total", equalTo(2));
        api.as(user).queryParam("search", word).queryParam("muscle_type", "CHEST").get(PLANS)
                .then().body("data.id", contains(chestAndBack, chest));
        api.as(user).queryParam("search", word).queryParam("muscle_type", "arms").get(PLANS)
                .then().body("data", empty()).body("pagination.total", equalTo(0));
    }

    @Test
    void filtersByDifficultyLevelInAnyCase() {
        TestUser user = api.newUser();
        String word = uniqueWord();
        String beginner = plans.create(user, "Easy " + word, Map.of("difficulty_level", "beginner"));
        String advanced = plans.create(user, "Hard " + word, Map.of("difficulty_level", "advanced"));
        plans.create(user, "Unrated " + word);

        api.as(user).queryParam("search", word).queryParam("difficulty_level", "advanced").get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(advanced))
                .body("data[0].difficulty_level", equalTo("advanced"));
        api.as(user).queryParam("search", word).queryParam("difficulty_level", "BEGINNER").get(PLANS)
                .then().body("data.id", contains(beginner));
        api.as(user).queryParam("search", word).queryParam("difficulty_level", "intermediate").get(PLANS)
                .then().body("data", empty());
    }

    @Test
    void filtersByCreator() {
        TestUser user = api.newUser();
        TestUser alice = api.newUser();
        TestUser bob = api.newUser();
        String word = uniqueWord();
        String alices = plans.create(alice, "Alice " + word, Map.of("is_public", true));
        String bobs = plans.create(bob, "Bob " + word, Map.of("is_public", true));
        plans.create(bob, "Bob hidden " + word);
        String mine = plans.create(user, "Mine " + word);

        api.as(user).queryParam("created_by", bob.id()).get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(bobs))
                .body("pagination.total", equalTo(1));
        api.as(user).queryParam("created_by", alice.id()).get(PLANS).then().body("data.id", contains(alices));
        api.as(user).queryParam("created_by", user.id()).get(PLANS).then().body("data.id", contains(mine));
        api.as(user).queryParam("created_by", api.newUser().id()).get(PLANS)
                .then().statusCode(200).body("data", empty());
    }

    @Test
    void filtersByPublicStatus() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String word = uniqueWord();
        String ownPrivate = plans.create(user, "Own private " + word);
        String ownPublic = plans.create(user, "Own public " + word, Map.of("is_public", true));
        String othersPublic = plans.create(other, "Other public " + word, Map.of("is_public", true));
        plans.create(other, "Other private " + word);

        api.as(user).queryParam("search", word).queryParam("is_public", true).get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(othersPublic, ownPublic))
                .body("data.is_public", everyItem(is(true)));
        api.as(user).queryParam("search", word).queryParam("is_public", false).get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(ownPrivate))
                .body("pagination.total", equalTo(1));
    }

    @Test
    void searchesNameAndDescriptionIgnoringCaseAndAccents() {
        TestUser user = api.newUser();
        String word = uniqueWord();
        String byName = plans.create(user, "Crème Brûlée Strength " + word);
        String byDescription = plans.create(user, "Plain " + word,
                Map.of("description", "Builds STRENGTH with a brûlée finisher"));
        plans.create(user, "Unrelated " + word, Map.of("description", "Cardio"));

        api.as(user).queryParam("created_by", user.id()).queryParam("search", "strength").get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(byDescription, byName));
        api.as(user).queryParam("created_by", user.id()).queryParam("search", "creme brulee").get(PLANS)
                .then().body("data.id", contains(byName));
        api.as(user).queryParam("created_by", user.id()).queryParam("search", "BRULEE").get(PLANS)
                .then().body("data.id", contains(byDescription, byName));
        api.as(user).queryParam("created_by", user.id()).queryParam("search", "  " + word.toUpperCase() + " ")
                .get(PLANS)
                .then().body("pagination.total", equalTo(3));
    }

    @Test
    void searchTakesWildcardCharactersLiterally() {
        TestUser user = api.newUser();
        String word = uniqueWord();
        String percent = plans.create(user, "Give 100% " + word);
        plans.create(user, "Give 1000 " + word);
        String underscore = plans.create(user, "Rest_pause " + word);
        plans.create(user, "Rest pause " + word);

        api.as(user).queryParam("created_by", user.id()).queryParam("search", "0%").get(PLANS)
                .then().statusCode(200).body("data.id", contains(percent));
        api.as(user).queryParam("created_by", user.id()).queryParam("search", "t_p").get(PLANS)
                .then().statusCode(200).body("data.id", contains(underscore));
        api.as(user).queryParam("created_by", user.id()).queryParam("search", "!").get(PLANS)
                .then().statusCode(200).body("data", empty());
    }

    @Test
    void aBlankSearchFiltersNothing() {
        TestUser user = api.newUser();
        plans.create(user, "One");
        plans.create(user, "Two");

        api.as(user).queryParam("created_by", user.id()).queryParam("search", " ").get(PLANS)
                .then().statusCode(200).body("pagination.total", equalTo(2));
    }

    @Test
    void combinesFiltersAsTheSeedsExamplesDo() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String word = uniqueWord();
        String pushDay = plans.create(other, "Push Day " + word, Map.of("muscle_types", List.of("chest", "shoulders"),
                "difficulty_level", "intermediate", "is_public", true));
        plans.create(other, "Push Day easy " + word, Map.of("muscle_types", List.of("chest"),
                "difficulty_level", "beginner", "is_public", true));
        plans.create(other, "Leg Day " + word, Map.of("muscle_types", List.of("legs"),
                "difficulty_level", "intermediate", "is_public", true));
        String strength = plans.create(other, "Full Body Strength " + word,
                Map.of("muscle_types", List.of("chest", "back", "legs", "shoulders"), "is_public", true));
        String ownStrength = plans.create(user, "My Strength " + word, Map.of("muscle_types", List.of("chest")));

        api.as(user).queryParam("search", word).queryParam("page", 1).queryParam("limit", 5)
                .queryParam("muscle_type", "chest").queryParam("difficulty_level", "intermediate").get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(pushDay))
                .body("pagination.total", equalTo(1))
                .body("pagination.limit", equalTo(5))
                .body("pagination.totalPages", equalTo(1));
        api.as(user).queryParam("created_by", other.id()).queryParam("is_public", true)
                .queryParam("search", "strength").queryParam("muscle_type", "chest").get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(strength));
        api.as(user).queryParam("created_by", user.id()).queryParam("is_public", false)
                .queryParam("search", "strength").queryParam("muscle_type", "chest").get(PLANS)
                .then().statusCode(200)
                .body("data.id", contains(ownStrength));
    }

    @Test
    void statsCountOnlyTheCallersOwnPlans() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        plans.create(user, "Easy public", Map.of("difficulty_level", "beginner", "is_public", true,
                "muscle_types", List.of("chest", "back")));
        plans.create(user, "Medium private", Map.of("difficulty_level", "intermediate",
                "muscle_types", List.of("chest")));
        plans.create(user, "Unrated private", Map.of("muscle_types", List.of("legs")));
        plans.create(other, "Someone else's", Map.of("difficulty_level", "advanced", "is_public", true,
                "muscle_types", List.of("shoulders")));

        api.as(user).get(PLANS + "/stats")
                .then().statusCode(200)
                .contentType("application/json")
                .body("$", aMapWithSize(2))
                .body("success", is(true))
                .body("data", aMapWithSize(5))
                .body("data.total_plans", equalTo(3))
                .body("data.public_plans", equalTo(1))
                .body("data.private_plans", equalTo(2))
                .body("data.by_difficulty", equalTo(Map.of("beginner", 1, "intermediate", 1, "advanced", 0)))
                .body("data.muscle_type_usage", equalTo(Map.of("chest", 2, "back", 1, "legs", 1)));
    }

    @Test
    void statsOfAUserWithoutPlansAreZeroForEveryDifficulty() {
        TestUser user = api.newUser();

        api.as(user).get(PLANS + "/stats")
                .then().statusCode(200)
                .body("data.total_plans", equalTo(0))
                .body("data.public_plans", equalTo(0))
                .body("data.private_plans", equalTo(0))
                .body("data.by_difficulty", equalTo(Map.of("beginner", 0, "intermediate", 0, "advanced", 0)))
                .body("data.muscle_type_usage", equalTo(Map.of()));
    }

    @Test
    void statsFollowChangesAndDeletions() {
        TestUser user = api.newUser();
        String id = plans.create(user, "Changing", Map.of("difficulty_level", "beginner"));
        String gone = plans.create(user, "Going", Map.of("difficulty_level", "advanced", "is_public", true));

        api.as(user).body(Map.of("difficulty_level", "advanced", "is_public", true,
                "muscle_types", List.of("legs", "core"))).put(PLANS + "/{id}", id).then().statusCode(200);
        api.as(user).delete(PLANS + "/{id}", gone).then().statusCode(200);

        api.as(user).get(PLANS + "/stats")
                .then().statusCode(200)
                .body("data.total_plans", equalTo(1))
                .body("data.public_plans", equalTo(1))
                .body("data.private_plans", equalTo(0))
                .body("data.by_difficulty", equalTo(Map.of("beginner", 0, "intermediate", 0, "advanced", 1)))
                .body("data.muscle_type_usage", equalTo(Map.of("legs", 1, "core", 1)));
    }

    @Test
    void statsIsNotTakenForAPlanId() {
        TestUser user = api.newUser();

        api.as(user).get(PLANS + "/stats")
                .then().statusCode(200)
                .body("data", hasKey("total_plans"))
                .body("data", not(hasKey("id")));
        error(api.as(user).body(Map.of("name", "Stats")).put(PLANS + "/stats").then(), 400)
                .body("details", hasItem("id must be a valid UUID"));
    }
}
