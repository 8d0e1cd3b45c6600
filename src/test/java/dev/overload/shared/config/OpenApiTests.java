package dev.overload.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.overload.Api;
import dev.overload.ApiTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class OpenApiTests {

    @Autowired
    Api api;

    @Test
    void describesTheApiAsOpenApi31WithABearerScheme() {
        api.anonymous().get("/v3/api-docs")
                .then().statusCode(200)
                .body("openapi", startsWith("3.1"))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"));
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        JsonPath spec = api.anonymous().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<Object> ids = paths.values().stream()
                .flatMap(operations -> operations.values().stream())
                .map(operation -> operation.get("operationId"))
                .toList();
        assertThat(ids).isNotEmpty().doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(id.toString()).doesNotContainPattern("_\\d+$"));
    }

    @Test
    void namesPropertiesInSnakeCaseAsTheApiDoes() {
        Map<String, Object> properties = api.anonymous().get("/v3/api-docs").then().statusCode(200)
                .extract().jsonPath().getMap("components.schemas.UserResponse.properties");
        assertThat(properties).containsKeys("first_name", "date_of_birth", "weight_unit")
                .doesNotContainKeys("firstName", "dateOfBirth");
    }

    @Test
    void authenticationEndpointsNeedNoToken() {
        api.anonymous().get("/v3/api-docs")
                .then().body("paths.'/api/auth/login'.post.security", equalTo(List.of()));
    }

    @Test
    void noOperationAsksForTheCallerItResolvesFromTheToken() {
        JsonPath spec = spec();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                    List.of());
            assertThat(parameters).as(method + " " + path).noneMatch(p -> "caller".equals(p.get("name")));
            assertThat(operation.get("description")).as("description of " + method + " " + path).isNotNull();
        }));
        assertThat(spec.getMap("components.schemas")).doesNotContainKey("CurrentUser");
        assertThat(spec.getList("servers.url", String.class)).containsExactly("/");
        assertThat(spec.getList("tags.name", String.class)).contains("Training plans", "Training sessions");
    }

    @Test
    void everyErrorAnOperationAnswersHasAProblemBodyOrSeed003sEnvelope() {
        JsonPath spec = spec();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKey("500");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertThat(content).as(method + " " + path + " " + status)
                            .containsOnlyKeys(path.startsWith("/api/workout-plans") ? "application/json"
                                    : "application/problem+json");
                }
            });
        }));
        assertThat(spec.getList("components.schemas.Problem.required", String.class))
                .contains("type", "title", "status", "detail", "instance");
    }

    @Test
    void createsAnswer201WithALocation() {
        JsonPath spec = spec();
        for (String path : List.of("/api/auth/register", "/api/training-plans", "/api/training-sessions",
                "/api/schedules", "/api/exercises", "/api/training-plans/{planId}/days")) {
            assertThat(spec.getMap("paths.'" + path + "'.post.responses")).as(path).containsKey("201")
                    .doesNotContainKey("200");
            assertThat(spec.getMap("paths.'" + path + "'.post.responses.'201'.headers")).containsKey("Location");
        }
        assertThat(spec.getMap("paths.'/api/auth/password-reset'.post.responses")).containsKey("202");
        assertThat(spec.getMap("paths.'/api/training-sessions'.get.responses.'200'.headers"))
                .containsKeys("X-Total-Count", "X-Request-Id");
        assertThat(spec.getMap("paths.'/api/auth/login'.post.responses.'429'.headers")).containsKey("Retry-After");
    }

    @Test
    void nullableFieldsAreTypeArraysAndRequiredPropertiesAreListed() {
        JsonPath spec = spec();
        assertThat(spec.getList("components.schemas.PlanResponse.properties.description.type", String.class))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(spec.getString("components.schemas.PlanResponse.properties.name.type")).isEqualTo("string");
        assertThat(spec.getList("components.schemas.PlanResponse.required", String.class))
                .contains("id", "name", "description", "days");
        assertThat(spec.getList("components.schemas.ScheduleResponseRepeat.properties.weekdays.items.enum",
                String.class)).containsExactly("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
        assertThat(spec.getList("components.schemas.SessionResponseProgression.properties.outcome.enum",
                String.class)).containsExactly("SUCCESS", "FAILURE");
    }

    @Test
    void patternsAreAnchoredValidEcmaScriptAndStateTheRealRules() {
        JsonPath spec = spec();
        List<String> patterns = new java.util.ArrayList<>();
        collectPatterns(spec.get(""), patterns);
        assertThat(patterns).isNotEmpty().allSatisfy(pattern -> {
            assertThat(pattern).startsWith("^").endsWith("$").doesNotContain("(?s", "(?i", "(?m", "(?x", "\\A", "\\Z",
                    "*+", "++", "?+");
            byte[] bytes = pattern.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            new org.joni.Regex(bytes, 0, bytes.length, org.joni.Option.NONE,
                    org.jcodings.specific.UTF8Encoding.INSTANCE,
                    org.joni.Syntax.ECMAScript);
        });
        String username = spec.getString("components.schemas.RegisterRequest.properties.username.pattern");
        assertThat("ada_lovelace-1.x").matches(username.replace("^", "").replace("$", ""));
        assertThat("a b").doesNotMatch(username.replace("^", "").replace("$", ""));
        assertThat(spec.getInt("components.schemas.RegisterRequest.properties.password.minLength")).isEqualTo(8);
        assertThat(spec.getInt("components.schemas.RegisterRequest.properties.password.maxLength")).isEqualTo(128);
        assertThat(spec.getString("components.schemas.RegisterRequest.properties.password.pattern")).isNotNull();
    }

    @Test
    void namesArePathsInHyphenCaseAndPropertiesInSnakeCaseExceptWhereAStandardOrSeedFixesThem() {
        JsonPath spec = spec();
        Map<String, Object> paths = spec.getMap("paths");
        java.util.Set<String> fixedByStandards = java.util.Set.of(".well-known", "jwks.json", "calendar.ics");
        paths.keySet().forEach(path -> java.util.Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.startsWith("{")
                        && !fixedByStandards.contains(segment))
                .forEach(segment -> assertThat(segment).as(path).matches("[a-z0-9]+(-[a-z0-9]+)*")));
        Map<String, Map<String, Object>> schemas = spec.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            properties.keySet().stream().filter(property -> !property.equals("totalPages"))
                    .forEach(property -> assertThat(property).as(name).matches("[a-z0-9]+(_[a-z0-9]+)*"));
        });
    }

    @SuppressWarnings("unchecked")
    private static void collectPatterns(Object node, List<String> patterns) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("pattern".equals(key) && value instanceof String pattern) {
                    patterns.add(pattern);
                } else {
                    collectPatterns(value, patterns);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectPatterns(item, patterns));
        }
    }

    private JsonPath spec() {
        return api.anonymous().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void servesSwaggerUi() {
        api.anonymous().redirects().follow(true).accept("text/html").get("/swagger-ui.html")
                .then().statusCode(200);
    }
}
