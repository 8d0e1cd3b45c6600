package dev.overload.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker from outside sends that no well-behaved client would (issue 11): every answer is a
 * problem+json with a request id and the security headers, never a 500 or the servlet container's HTML.
 */
@ApiTest
class HttpHardeningTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SECURITY_HEADERS = List.of("x-content-type-options", "x-frame-options",
            "content-security-policy", "referrer-policy", "permissions-policy", "cache-control");

    @Autowired
    Api api;

    @Autowired
    Environment environment;

    // --- defect 3: a malformed multipart Content-Type

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=x",
            "multipart/form-data; boundary=\"unterminated"})
    void aMalformedMultipartBodyIsAClientErrorOnPublicAndPrivateEndpoints(String contentType) {
        TestUser user = api.newUser();
        for (String request : List.of(RawHttp.post("/api/auth/login", contentType, "--x\r\nbroken", ""),
                RawHttp.post("/api/training-plans", contentType, "--x\r\nbroken",
                        "Authorization: Bearer " + user.accessToken() + "\r\n"))) {
            RawHttp.Answer answer = send(request);

            assertThat(answer.status()).isIn(400, 415);
            assertProblem(answer);
        }
    }

    // --- defect 8: a request-body limit

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413BeforeItIsRead() {
        String huge = "{\"username\": \"" + "a".repeat(1_100_000) + "\", \"password\": \"x\"}";

        api.anonymous().body(huge).post("/api/auth/login")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("request_id", notNullValue());
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() {
        String chunk = "a".repeat(64 * 1024);
        StringBuilder request = new StringBuilder("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 20; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");

        RawHttp.Answer answer = send(request.toString());

        assertThat(answer.status()).isEqualTo(413);
        assertProblem(answer);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() {
        String body = "{\"username\": \"nobody-chunked\", \"password\": \"wrong-password-1\"}";
        String request = "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nX-Forwarded-For: " + Api.newClientIp() + "\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body
                + "\r\n0\r\n\r\n";

        assertThat(send(request).status()).isEqualTo(401);
    }

    // --- defect 10: the servlet container's own errors

    @ParameterizedTest
    @ValueSource(strings = {"/api/users/a%2Fb", "/api/users/a%00b", "/api/users/%zz", "/api/%2e%2e/%2e%2e/etc"})
    void pathsTheContainerRefusesAreAnsweredWithAProblem(String path) {
        RawHttp.Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isBetween(400, 499);
        assertProblem(answer);
    }

    @Test
    void anOversizedRequestLineOrHeaderIsAnsweredWithAProblem() {
        for (String request : List.of(
                "GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/users/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n",
                "G(T /api/users/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
            RawHttp.Answer answer = send(request);

            assertThat(answer.status()).isBetween(400, 499);
            assertProblem(answer);
        }
    }

    // --- found by the fuzz test

    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*", "application/json; boundary=\"", ";;;"})
    void aContentTypeThatNamesNoOneTypeIs415(String contentType) {
        TestUser user = api.newUser();
        RawHttp.Answer answer = send(RawHttp.post("/api/training-plans", contentType, "{\"name\": \"P\"}",
                "Authorization: Bearer " + user.accessToken() + "\r\n"));

        assertThat(answer.status()).isEqualTo(415);
        assertProblem(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/training-plans/0/days/%2500/exercises/0", "/api/users/me/%252e%252e",
            "/api/training-plans/%3B/days", "/api/training-plans//days"})
    void aUrlTheFirewallRefusesIsAProblem(String path) {
        RawHttp.Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isBetween(400, 404);
        assertProblem(answer);
    }

    // --- item 11: security headers

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        TestUser user = api.newUser();
        for (ValidatableResponse response : List.of(api.as(user).get("/api/users/me").then().statusCode(200),
                api.anonymous().get("/api/users/me").then().statusCode(401),
                api.as(user).get("/api/no-such-thing").then().statusCode(404),
                api.anonymous().get("/actuator/health").then().statusCode(200))) {
            response.header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Permissions-Policy", containsString("camera=()"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void theApiBrowserMayLoadItsOwnScripts() {
        api.anonymous().get("/swagger-ui/index.html")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    private RawHttp.Answer send(String request) {
        return RawHttp.send(environment.getRequiredProperty("local.server.port", Integer.class), request);
    }

    /** problem+json with every member the API description requires of a problem, Tomcat's own errors included. */
    private static void assertProblem(RawHttp.Answer answer) {
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception").doesNotContain("org.apache");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "request_id");
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(answer.header("x-request-id")).isNotBlank();
        for (String header : SECURITY_HEADERS) {
            assertThat(answer.header(header)).as(header).isNotBlank();
        }
    }
}
