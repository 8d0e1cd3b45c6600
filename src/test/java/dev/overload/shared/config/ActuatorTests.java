package dev.overload.shared.config;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class ActuatorTests {

    @Autowired
    Api api;

    @Test
    void healthIsUpWhenTheDatabaseIs() {
        api.anonymous().get("/actuator/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        api.anonymous().get("/actuator/health/readiness")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetricsIncludingHttpRequestsAndTheConnectionPool() {
        api.anonymous().get("/api/users/me");
        api.anonymous().accept("text/plain").get("/actuator/prometheus")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("hikaricp_connections_active"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        api.anonymous().get("/actuator/env").then().statusCode(401);
    }
}
