package dev.overload.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, defect 7, on every date parameter there is: ISO-8601 allows years such as {@code -999999999}, which
 * overflowed a query's arithmetic (a 500). Each date and timestamp parameter of {@code /v3/api-docs}, in a query
 * or a path, answers such a year with a 400 naming the parameter; read from the document, so the dates of an
 * endpoint added later are checked from the day it is added.
 */
@ApiTest
class DateParameterTests {

    private static final List<String> OUT_OF_RANGE = List.of("-999999999-01-01", "+999999999-12-31", "+10000-01-01",
            "0000-01-01");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @Test
    void everyDateParameterRefusesAYearOutsideFourDigitsNamingIt() {
        TestUser user = api.newUser();
        JsonNode paths = JSON.readTree(api.as(user).get("/v3/api-docs").then().statusCode(200).extract().asString())
                .path("paths");
        List<String> checked = new ArrayList<>();

        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                String format = parameter.path("schema").path("format").asString("");
                if (!format.equals("date") && !format.equals("date-time")) {
                    continue;
                }
                String name = parameter.path("name").asString();
                for (String date : OUT_OF_RANGE) {
                    String value = format.equals("date") ? date : date + "T00:00:00Z";
                    send(user, operation.getKey(), path.getKey(), operation.getValue(), parameter, value)
                            .then().statusCode(400)
                            .contentType("application/problem+json")
                            .body("errors.field", hasItem(name));
                }
                checked.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + name);
            }
        }));

        assertThat(checked).contains("GET /api/training-sessions date_from", "GET /api/schedules to",
                "GET /api/stats/e1rm from", "PUT /api/daily-metrics/{date} date");
    }

    /** The request with {@code value} in the date parameter, other path parameters and required queries filled. */
    private Response send(TestUser user, String method, String template, JsonNode operation,
            JsonNode dateParameter, String value) {
        RequestSpecification request = api.as(user);
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String filled = parameter == dateParameter ? value : UUID.randomUUID().toString();
            if (parameter.path("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", filled);
            } else if (parameter.path("in").asString().equals("query")
                    && (parameter == dateParameter || parameter.path("required").asBoolean(false))) {
                request = request.queryParam(name, filled);
            }
        }
        if (operation.has("requestBody")) {
            request = request.body(Map.of());
        }
        return request.request(method.toUpperCase(), path);
    }
}
