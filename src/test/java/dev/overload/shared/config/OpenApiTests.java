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
    void servesSwaggerUi() {
        api.anonymous().redirects().follow(true).accept("text/html").get("/swagger-ui.html")
                .then().statusCode(200);
    }
}
