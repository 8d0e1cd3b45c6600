package dev.overload;

import static io.restassured.RestAssured.given;

import dev.overload.contract.OpenApiContract;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.env.Environment;

/**
 * The service as a client sees it. Every exchange is checked against the API description it serves
 * ({@link OpenApiContract}), so the document and the service cannot drift apart. Every caller gets its own client IP (sent as X-Forwarded-For, which the
 * test configuration trusts), so per-IP rate limits count one test's requests only.
 */
public class Api {

    public static final String PASSWORD = "correct-horse-9";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final Environment environment;
    /** System exercises never change while a service runs: each name is looked up once per test context. */
    private final Map<String, String> systemExercises = new ConcurrentHashMap<>();

    Api(Environment environment) {
        this.environment = environment;
    }

    /** The id of the system (catalog) exercise with exactly this name. */
    public String systemExerciseId(String name) {
        return systemExercises.computeIfAbsent(name, wanted -> {
            String id = as(newUser()).queryParam("search", wanted).queryParam("limit", 100).get("/api/exercises")
                    .then().statusCode(200)
                    .extract().path("find { it.name == '" + wanted + "' && !it.is_custom }.id");
            if (id == null) {
                throw new IllegalStateException("No system exercise named " + wanted);
            }
            return id;
        });
    }

    /** A request from a new, anonymous client. */
    public RequestSpecification anonymous() {
        return from(newClientIp());
    }

    public RequestSpecification from(String clientIp) {
        return given()
                .port(environment.getRequiredProperty("local.server.port", Integer.class))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("X-Forwarded-For", clientIp)
                .filter(SecretsSeen.FILTER)
                .filter(OpenApiContract.INSTANCE);
    }

    /** A request with the user's access token, from the user's own IP. */
    public RequestSpecification as(TestUser user) {
        return from(user.clientIp()).auth().oauth2(user.accessToken());
    }

    /** Registers a fresh user and logs them in. */
    public TestUser newUser() {
        return newUser(Map.of());
    }

    public TestUser newUser(Map<String, Object> extraFields) {
        String clientIp = newClientIp();
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = username + "@example.com";
        Map<String, Object> body = new HashMap<>(extraFields);
        body.put("username", username);
        body.put("email", email);
        body.put("password", PASSWORD);
        String id = from(clientIp).body(body).post("/api/auth/register")
                .then().statusCode(201).extract().path("id");
        return logIn(new TestUser(UUID.fromString(id), username, email, PASSWORD, null, null, clientIp));
    }

    public TestUser logIn(TestUser user) {
        var tokens = from(user.clientIp())
                .body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/auth/login")
                .then().statusCode(200).extract().jsonPath();
        return user.withTokens(tokens.getString("access_token"), tokens.getString("refresh_token"));
    }

    /** The bootstrap administrator of the test configuration, logged in. */
    public TestUser admin() {
        TestUser root = logIn(new TestUser(null, "root", "root@overload.test", "root-password-1", null, null,
                newClientIp()));
        String id = as(root).get("/api/users/me").then().statusCode(200).extract().path("id");
        return new TestUser(UUID.fromString(id), root.username(), root.email(), root.password(), root.accessToken(),
                root.refreshToken(), root.clientIp());
    }

    public static String newClientIp() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }
}
