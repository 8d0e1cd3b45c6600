package dev.overload.scheduling.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.overload.Api;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Plans to schedule and schedules of them, made through the public API. */
class ScheduleFixture {

    static final String SCHEDULES = "/api/schedules";
    static final String SCHEDULE = SCHEDULES + "/{scheduleId}";

    private final Api api;

    ScheduleFixture(Api api) {
        this.api = api;
    }

    /** A plan with one day, both named. */
    record PlanDay(String planId, String dayId) {
    }

    PlanDay planDay(TestUser user, String planName, String dayName) {
        String planId = api.as(user).body(Map.of("name", planName)).post("/api/training-plans")
                .then().statusCode(201).extract().path("id");
        String dayId = api.as(user).body(Map.of("name", dayName)).post("/api/training-plans/{planId}/days", planId)
                .then().statusCode(201).extract().path("id");
        return new PlanDay(planId, dayId);
    }

    static Map<String, Object> body(PlanDay plan, Instant start, Instant end, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("plan_id", plan.planId());
        body.put("day_id", plan.dayId());
        body.put("start_time", start.toString());
        body.put("end_time", end.toString());
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    String create(TestUser user, Map<String, Object> body) {
        return api.as(user).body(body).post(SCHEDULES).then().statusCode(201).extract().path("id");
    }

    /** A 400 problem naming {@code field} among its errors. */
    static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }
}
