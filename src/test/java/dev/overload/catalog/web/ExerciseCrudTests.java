package dev.overload.catalog.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST, GET, PUT, DELETE /api/exercises}. Users own custom exercises; administrators own the system
 * ones. System exercises these tests create carry a random tag, so they never clash with anyone's.
 */
@ApiTest
class ExerciseCrudTests {

    @Autowired
    Api api;

    // --- POST

    @Test
    void aUserCreatesACustomExerciseWithEveryField() {
        TestUser user = api.newUser();
        String name = "Paused Hip Thrust " + tag();
        Map<String, Object> body = Map.of(
                "name", name,
                "description", "Hold two seconds at the top.",
                "category", "POWER",
                "type", "ISOLATION",
                "difficulty", "ADVANCED",
                "primary_muscle_group", "glutes",
                "secondary_muscle_groups", List.of("quadriceps", "hamstrings"),
                "equipment", List.of("bench", "barbell"));

        Response created = api.as(user).body(body).post("/api/exercises");
        created.then().statusCode(201)
                .contentType("application/json")
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("description", equalTo("Hold two seconds at the top."))
                .body("category", equalTo("POWER"))
                .body("type", equalTo("ISOLATION"))
                .body("difficulty", equalTo("ADVANCED"))
                .body("primary_muscle_group", equalTo("glutes"))
                .body("body_region", equalTo("legs"))
                .body("secondary_muscle_groups", contains("hamstrings", "quadriceps"))
                .body("equipment", contains("barbell", "bench"))
                .body("is_custom", equalTo(true))
                .body("created_by", equalTo(user.id().toString()))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("usage_count", equalTo(0))
                .body("$", hasKey("last_used_at"))
                .body("last_used_at", nullValue());
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/exercises/" + id));

        api.as(user).get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("category", equalTo("POWER"))
                .body("secondary_muscle_groups", contains("hamstrings", "quadriceps"))
                .body("equipment", contains("barbell", "bench"))
                .body("is_custom", equalTo(true));
    }

    @Test
    void onlyNameAndDescriptionGiveAStrengthCompoundBeginnerFullBodyBodyweightExercise() {
        TestUser user = api.newUser();
        String name = "Farmer Thing " + tag();

        api.as(user).body(Map.of("name", name, "description", "Walk.")).post("/api/exercises")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("description", equalTo("Walk."))
                .body("category", equalTo("STRENGTH"))
                .body("type", equalTo("COMPOUND"))
                .body("difficulty", equalTo("BEGINNER"))
                .body("primary_muscle_group", equalTo("full_body"))
                .body("body_region", equalTo("full_body"))
                .body("secondary_muscle_groups", empty())
                .body("equipment", empty())
                .body("is_custom", equalTo(true));
    }

    @Test
    void onlyANameIsNeededAndTheDescriptionMayBeLeftOut() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("name", "Bare " + tag())).post("/api/exercises")
                .then().statusCode(201)
                .body("$", hasKey("description"))
                .body("description", nullValue())
                .body("category", equalTo("STRENGTH"));
    }

    @Test
    void theNameIsStoredWithoutSurroundingSpaces() {
        TestUser user = api.newUser();
        String name = "Spaced " + tag();

        api.as(user).body(Map.of("name", "  " + name + "  ")).post("/api/exercises")
                .then().statusCode(201)
                .body("name", equalTo(name));
    }

    @Test
    void thePrimaryMuscleIsNotRepeatedAmongTheSecondaryOnes() {
        TestUser user = api.newUser();

        api.as(user).body(Map.of("name", "Press " + tag(), "primary_muscle_group", "chest",
                "secondary_muscle_groups", List.of("chest", "triceps", "triceps")))
                .post("/api/exercises")
                .then().statusCode(201)
                .body("primary_muscle_group", equalTo("chest"))
                .body("secondary_muscle_groups", contains("triceps"));
    }

    @Test
    void theNameIsRequiredAndAtMost100Characters() {
        TestUser user = api.newUser();
        String tag = tag();

        post(user, Map.of("description", "No name")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        post(user, Map.of("name", "")).then().statusCode(400).body("errors.field", hasItem("name"));
        post(user, Map.of("name", "   ")).then().statusCode(400).body("errors.field", hasItem("name"));
        post(user, Map.of("name", tag + "x".repeat(101 - tag.length()))).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        post(user, Map.of("name", tag + "x".repeat(100 - tag.length()))).then().statusCode(201);
    }

    @Test
    void theDescriptionIsAtMost2000Characters() {
        TestUser user = api.newUser();

        post(user, Map.of("name", "Long " + tag(), "description", "d".repeat(2001))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("description"));
        post(user, Map.of("name", "Long " + tag(), "description", "d".repeat(2000))).then().statusCode(201)
                .body("description", equalTo("d".repeat(2000)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "primary_muscle_group | \"wings\"",
            "secondary_muscle_groups | [\"triceps\", \"wings\"]",
            "secondary_muscle_groups | [\"\"]",
            "equipment | [\"hoverboard\"]",
            "equipment | [\"bodyweight\"]",
            "category | \"YOGA\"",
            "type | \"BOTH\"",
            "difficulty | \"IMPOSSIBLE\""})
    void unknownReferenceDataAndEnumValuesAreRefusedNamingTheField(String field, String json) {
        TestUser user = api.newUser();
        String body = "{\"name\": \"Bad " + tag() + "\", \"" + field + "\": " + json + "}";

        api.as(user).body(body).post("/api/exercises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field)));
        api.as(user).queryParam("custom", true).get("/api/exercises")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void textWithANulCharacterIsABadRequestAndNothingIsCreated() {
        TestUser user = api.newUser();
        String tag = tag();

        post(user, Map.of("name", "Nul\u0000 " + tag)).then().statusCode(400)
                .contentType("application/problem+json");
        post(user, Map.of("name", "Nul " + tag, "description", "a\u0000b")).then().statusCode(400);

        api.as(user).queryParam("custom", true).get("/api/exercises")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void enumValuesInTheBodyMayBeInAnyCase() {
        TestUser user = api.newUser();

        post(user, Map.of("name", "Lower " + tag(), "category", "mobility", "type", "isolation",
                "difficulty", "Intermediate"))
                .then().statusCode(201)
                .body("category", equalTo("MOBILITY"))
                .body("type", equalTo("ISOLATION"))
                .body("difficulty", equalTo("INTERMEDIATE"));
    }

    @Test
    void serverOwnedFieldsInTheBodyAreIgnored() {
        TestUser user = api.newUser();
        TestUser other = api.newUser();
        String ownId = UUID.randomUUID().toString();

        post(user, Map.of("name", "Sneaky " + tag(), "id", ownId, "is_custom", false,
                "created_by", other.id().toString(), "usage_count", 99, "last_used_at", "2020-01-01T00:00:00Z"))
                .then().statusCode(201)
                .body("id", not(equalTo(ownId)))
                .body("is_custom", equalTo(true))
                .body("created_by", equalTo(user.id().toString()))
                .body("usage_count", equalTo(0))
                .body("last_used_at", nullValue());
    }

    @Test
    void atMost8SecondaryMusclesAnd10KindsOfEquipment() {
        TestUser user = api.newUser();
        List<String> nineMuscles = List.of("lats", "upper_back", "traps", "lower_back", "front_delts", "side_delts",
                "rear_delts", "biceps", "triceps");
        List<String> elevenItems = List.of("barbell", "dumbbell", "kettlebell", "ez_bar", "trap_bar", "cable",
                "machine", "smith_machine", "bench", "squat_rack", "landmine");

        post(user, Map.of("name", "Busy " + tag(), "secondary_muscle_groups", nineMuscles))
                .then().statusCode(400).body("errors.field", hasItem("secondary_muscle_groups"));
        post(user, Map.of("name", "Busy " + tag(), "equipment", elevenItems))
                .then().statusCode(400).body("errors.field", hasItem("equipment"));
        post(user, Map.of("name", "Busy " + tag(), "secondary_muscle_groups", nineMuscles.subList(0, 8),
                "equipment", elevenItems.subList(0, 10)))
                .then().statusCode(201)
                .body("secondary_muscle_groups", hasSize(8))
                .body("equipment", hasSize(10));
    }

    @Test
    void creatingNeedsAToken() {
        api.anonymous().body(Map.of("name", "Anonymous " + tag())).post("/api/exercises")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    // --- Names

    @Test
    void aUserCannotHaveTwoCustomExercisesWithTheSameNameInAnyCase() {
        TestUser user = api.newUser();
        String name = "My Curl " + tag();
        post(user, Map.of("name", name)).then().statusCode(201);

        post(user, Map.of("name", name)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already exists"));
        post(user, Map.of("name", name.toUpperCase())).then().statusCode(409)
                .body("detail", containsString("already exists"));
        post(user, Map.of("name", " " + name.toLowerCase() + " ")).then().statusCode(409);
        api.as(user).queryParam("custom", true).get("/api/exercises")
                .then().statusCode(200).header("X-Total-Count", "1");
    }

    @Test
    void differentUsersMayEachHaveACustomExerciseOfTheSameName() {
        TestUser one = api.newUser();
        TestUser two = api.newUser();
        String name = "My Curl " + tag();

        String first = post(one, Map.of("name", name)).then().statusCode(201).extract().path("id");
        String second = post(two, Map.of("name", name)).then().statusCode(201).extract().path("id");

        api.as(one).get("/api/exercises/" + first).then().statusCode(200).body("name", equalTo(name));
        api.as(two).get("/api/exercises/" + second).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void aCustomExerciseMayShareASystemExercisesName() {
        TestUser user = api.newUser();

        String id = post(user, Map.of("name", "barbell bench press")).then().statusCode(201)
                .body("is_custom", equalTo(true))
                .extract().path("id");

        api.as(user).queryParams(Map.of("search", "barbell bench press", "limit", 100)).get("/api/exercises")
                .then().statusCode(200)
                .body("name", hasItem("Barbell Bench Press"))
                .body("id", hasItem(id));
    }

    @Test
    void systemExerciseNamesAreUniqueAmongSystemExercisesInAnyCase() {
        TestUser admin = api.admin();

        post(admin, Map.of("name", "BARBELL BENCH PRESS")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already exists"));
    }

    @Test
    void renamingToANameAlreadyTakenIsAConflictButChangingTheCaseOfOnesOwnNameIsNot() {
        TestUser user = api.newUser();
        String tag = tag();
        post(user, Map.of("name", "First " + tag)).then().statusCode(201);
        String id = post(user, Map.of("name", "Second " + tag)).then().statusCode(201).extract().path("id");

        put(user, id, Map.of("name", "FIRST " + tag)).then().statusCode(409)
                .contentType("application/problem+json");
        api.as(user).get("/api/exercises/" + id).then().statusCode(200).body("name", equalTo("Second " + tag));

        put(user, id, Map.of("name", "SECOND " + tag)).then().statusCode(200).body("name", equalTo("SECOND " + tag));
    }

    // --- GET

    @Test
    void anotherUsersCustomExerciseDoesNotExistForMe() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String id = post(owner, Map.of("name", "Private " + tag())).then().statusCode(201).extract().path("id");

        api.as(other).get("/api/exercises/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        api.as(api.admin()).get("/api/exercises/" + id).then().statusCode(404);
        api.as(owner).get("/api/exercises/" + id).then().statusCode(200);
    }

    @Test
    void anUnknownExerciseIsNotFoundAndAMalformedIdIsABadRequest() {
        TestUser user = api.newUser();

        api.as(user).get("/api/exercises/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        api.as(user).get("/api/exercises/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSystemExerciseCanBeReadByAnyone() {
        TestUser user = api.newUser();
        String id = systemExerciseId(user, "Barbell Bench Press");

        api.as(user).get("/api/exercises/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Barbell Bench Press"))
                .body("is_custom", equalTo(false))
                .body("created_by", nullValue())
                .body("primary_muscle_group", equalTo("chest"))
                .body("equipment", contains("barbell", "bench"));
    }

    @Test
    void readingNeedsAToken() {
        TestUser user = api.newUser();
        String id = systemExerciseId(user, "Barbell Bench Press");

        api.anonymous().get("/api/exercises/" + id).then().statusCode(401);
    }

    // --- PUT

    @Test
    void anUpdateChangesTheGivenFieldsAndKeepsTheOthers() {
        TestUser user = api.newUser();
        String tag = tag();
        String id = post(user, Map.of(
                "name", "Before " + tag,
                "description", "Original description",
                "category", "POWER",
                "type", "ISOLATION",
                "difficulty", "EXPERT",
                "primary_muscle_group", "glutes",
                "secondary_muscle_groups", List.of("hamstrings"),
                "equipment", List.of("kettlebell")))
                .then().statusCode(201).extract().path("id");

        put(user, id, Map.of("name", "After " + tag))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("After " + tag))
                .body("description", equalTo("Original description"))
                .body("category", equalTo("POWER"))
                .body("type", equalTo("ISOLATION"))
                .body("difficulty", equalTo("EXPERT"))
                .body("primary_muscle_group", equalTo("glutes"))
                .body("secondary_muscle_groups", contains("hamstrings"))
                .body("equipment", contains("kettlebell"))
                .body("is_custom", equalTo(true))
                .body("created_by", equalTo(user.id().toString()));

        put(user, id, Map.of("name", "After " + tag, "difficulty", "BEGINNER", "primary_muscle_group", "calves",
                "equipment", List.of()))
                .then().statusCode(200)
                .body("difficulty", equalTo("BEGINNER"))
                .body("primary_muscle_group", equalTo("calves"))
                .body("body_region", equalTo("legs"))
                .body("secondary_muscle_groups", contains("hamstrings"))
                .body("equipment", empty())
                .body("description", equalTo("Original description"))
                .body("category", equalTo("POWER"));

        api.as(user).get("/api/exercises/" + id)
                .then().statusCode(200)
                .body("name", equalTo("After " + tag))
                .body("difficulty", equalTo("BEGINNER"))
                .body("primary_muscle_group", equalTo("calves"))
                .body("secondary_muscle_groups", contains("hamstrings"))
                .body("equipment", empty())
                .body("description", equalTo("Original description"));
    }

    @Test
    void anUpdateKeepsALeftOutNameButRefusesAnInvalidOne() {
        TestUser user = api.newUser();
        String name = "Named " + tag();
        String id = post(user, Map.of("name", name)).then().statusCode(201).extract().path("id");

        // Issue 12: PUT keeps left-out fields, the name included, as PUT does on plans.
        put(user, id, Map.of("difficulty", "EXPERT")).then().statusCode(200).body("name", equalTo(name));
        put(user, id, Map.of("name", "x".repeat(101))).then().statusCode(400).body("errors.field", hasItem("name"));
        put(user, id, Map.of("name", " ")).then().statusCode(400).body("errors.field", hasItem("name"));
        put(user, id, Map.of("name", name, "equipment", List.of("hoverboard"))).then().statusCode(400)
                .body("errors.field", hasItem("equipment"));
        api.as(user).get("/api/exercises/" + id).then().statusCode(200)
                .body("name", equalTo(name))
                .body("difficulty", equalTo("EXPERT"));
    }

    @Test
    void anotherUsersCustomExerciseCannotBeChangedOrDeleted() {
        TestUser owner = api.newUser();
        TestUser other = api.newUser();
        String name = "Mine " + tag();
        String id = post(owner, Map.of("name", name)).then().statusCode(201).extract().path("id");

        put(other, id, Map.of("name", "Hijacked")).then().statusCode(404)
                .contentType("application/problem+json");
        api.as(other).delete("/api/exercises/" + id).then().statusCode(404);
        TestUser admin = api.admin();
        put(admin, id, Map.of("name", "Hijacked")).then().statusCode(404);
        api.as(admin).delete("/api/exercises/" + id).then().statusCode(404);

        api.as(owner).get("/api/exercises/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void aUserCannotChangeOrDeleteASystemExercise() {
        TestUser user = api.newUser();
        String id = systemExerciseId(user, "Barbell Bench Press");

        put(user, id, Map.of("name", "Barbell Bench Press", "difficulty", "EXPERT"))
                .then().statusCode(403)
                .contentType("application/problem+json");
        api.as(user).delete("/api/exercises/" + id).then().statusCode(403)
                .contentType("application/problem+json");

        api.as(user).get("/api/exercises/" + id).then().statusCode(200)
                .body("name", equalTo("Barbell Bench Press"))
                .body("difficulty", equalTo("BEGINNER"));
    }

    @Test
    void changingAnUnknownExerciseIsNotFound() {
        TestUser user = api.newUser();

        put(user, UUID.randomUUID().toString(), Map.of("name", "Ghost")).then().statusCode(404);
        api.as(user).delete("/api/exercises/" + UUID.randomUUID()).then().statusCode(404);
    }

    // --- Administrators and system exercises

    @Test
    void anAdministratorCreatesASystemExerciseEveryoneSees() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        String name = "Admin Press " + tag();

        String id = post(admin, Map.of("name", name, "primary_muscle_group", "side_delts",
                "equipment", List.of("dumbbell")))
                .then().statusCode(201)
                .body("is_custom", equalTo(false))
                .body("created_by", equalTo(admin.id().toString()))
                .extract().path("id");

        api.as(user).get("/api/exercises/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("is_custom", equalTo(false))
                .body("primary_muscle_group", equalTo("side_delts"));
        api.as(user).queryParams(Map.of("search", name, "custom", false)).get("/api/exercises")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(id));
        api.as(user).queryParams(Map.of("search", name, "custom", true)).get("/api/exercises")
                .then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void anAdministratorChangesAndDeletesASystemExercise() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        String tag = tag();
        String id = post(admin, Map.of("name", "Admin Row " + tag)).then().statusCode(201).extract().path("id");

        put(admin, id, Map.of("name", "Admin Row Renamed " + tag, "difficulty", "ADVANCED"))
                .then().statusCode(200)
                .body("name", equalTo("Admin Row Renamed " + tag))
                .body("difficulty", equalTo("ADVANCED"))
                .body("is_custom", equalTo(false));
        api.as(user).get("/api/exercises/" + id).then().statusCode(200)
                .body("name", equalTo("Admin Row Renamed " + tag))
                .body("difficulty", equalTo("ADVANCED"));
        put(admin, id, Map.of("name", "barbell bench press")).then().statusCode(409);
        put(user, id, Map.of("name", "Mine now")).then().statusCode(403);
        api.as(user).delete("/api/exercises/" + id).then().statusCode(403);

        api.as(admin).delete("/api/exercises/" + id).then().statusCode(204);
        api.as(user).get("/api/exercises/" + id).then().statusCode(404);
        api.as(admin).get("/api/exercises/" + id).then().statusCode(404);
    }

    @Test
    void anAdministratorsSystemExerciseNameMayAlsoBeAUsersCustomName() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        String name = "Shared Name " + tag();
        post(user, Map.of("name", name)).then().statusCode(201).body("is_custom", equalTo(true));

        post(admin, Map.of("name", name)).then().statusCode(201).body("is_custom", equalTo(false));

        api.as(user).queryParams(Map.of("search", name)).get("/api/exercises")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("is_custom", hasItem(true))
                .body("is_custom", hasItem(false));
    }

    // --- DELETE

    @Test
    void aDeletedExerciseIsGone() {
        TestUser user = api.newUser();
        String name = "Doomed " + tag();
        String id = post(user, Map.of("name", name, "secondary_muscle_groups", List.of("abs"),
                "equipment", List.of("ab_wheel"))).then().statusCode(201).extract().path("id");

        api.as(user).delete("/api/exercises/" + id).then().statusCode(204);

        api.as(user).get("/api/exercises/" + id).then().statusCode(404);
        api.as(user).delete("/api/exercises/" + id).then().statusCode(404);
        api.as(user).queryParams(Map.of("search", name)).get("/api/exercises")
                .then().statusCode(200).header("X-Total-Count", "0");
        // The name is free again.
        post(user, Map.of("name", name)).then().statusCode(201);
    }

    @Test
    void anExerciseUsedByATrainingPlanCannotBeDeleted() {
        TestUser user = api.newUser();
        String id = post(user, Map.of("name", "Planned " + tag(), "secondary_muscle_groups", List.of("triceps"),
                "equipment", List.of("dumbbell"))).then().statusCode(201).extract().path("id");
        addToNewPlan(user, id);

        api.as(user).delete("/api/exercises/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", not(containsString("constraint")));

        api.as(user).get("/api/exercises/" + id).then().statusCode(200)
                .body("secondary_muscle_groups", contains("triceps"))
                .body("equipment", contains("dumbbell"));
    }

    @Test
    void aSystemExerciseInSomeonesPlanCannotBeDeletedByAnAdministrator() {
        TestUser admin = api.admin();
        TestUser user = api.newUser();
        String id = post(admin, Map.of("name", "Admin Planned " + tag())).then().statusCode(201).extract().path("id");
        addToNewPlan(user, id);

        api.as(admin).delete("/api/exercises/" + id).then().statusCode(409);

        api.as(user).get("/api/exercises/" + id).then().statusCode(200).body("is_custom", equalTo(false));
    }

    private void addToNewPlan(TestUser user, String exerciseId) {
        String planId = api.as(user).body(Map.of("name", "Plan " + tag())).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        String dayId = api.as(user).body(Map.of("name", "Day A")).post("/api/training-plans/" + planId + "/days")
                .then().statusCode(201).extract().path("id");
        api.as(user).body(Map.of("exercise_id", exerciseId))
                .post("/api/training-plans/" + planId + "/days/" + dayId + "/exercises")
                .then().statusCode(201);
    }

    private Response post(TestUser user, Map<String, ?> body) {
        return api.as(user).body(new HashMap<>(body)).post("/api/exercises");
    }

    private Response put(TestUser user, String id, Map<String, ?> body) {
        return api.as(user).body(new HashMap<>(body)).put("/api/exercises/" + id);
    }

    private String systemExerciseId(TestUser user, String name) {
        return api.as(user).queryParams(Map.of("search", name, "custom", false, "limit", 100)).get("/api/exercises")
                .then().statusCode(200)
                .body("name", hasItem(name))
                .extract().path("find { it.name == '" + name + "' }.id");
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
