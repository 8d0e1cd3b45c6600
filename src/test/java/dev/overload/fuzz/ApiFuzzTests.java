package dev.overload.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.quicktheories.QuickTheory.qt;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestClock;
import dev.overload.fuzz.RequestGenerator.Operation;
import dev.overload.fuzz.RequestGenerator.Parameter;
import dev.overload.fuzz.RequestGenerator.Request;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of {@code /v3/api-docs}, fed generated requests, valid and invalid (see {@link RequestGenerator}),
 * as two real accounts with real resources, with and without the headers of safe retries and conditional requests.
 * For each: no 5xx; every 4xx is problem+json with the members the document requires (or seed 003's
 * {@code {success: false}} under {@code /api/workout-plans}); every status is one the document lists for the operation (412, 422, 304 and the
 * rest included), unless the request itself stepped outside it; and a refused request wrote nothing (a fingerprint
 * of both accounts' rows is the same before and after it).
 *
 * <p>{@code ./mvnw verify} sends a few requests per operation; {@code -Dfuzz.requests=100000} sends that many in
 * all, spread over the operations ({@code -Dfuzz.seed} changes the seed).
 */
@ApiTest
class ApiFuzzTests {

    private static final int PER_OPERATION_IN_VERIFY = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tables written by the service's own background work whatever requests do, or by design on refusals. */
    private static final List<String> NOT_FINGERPRINTED = List.of("notifications", "refresh_tokens",
            "password_reset_tokens");

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    TestClock clock;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> problemMembers = new ArrayList<>();
    private FuzzWorld world;
    private String fingerprintSql;
    private String baseline;

    @Test
    void everyOperationAnswersWithoutServerErrorsAndRefusalsWriteNothing() throws Exception {
        JsonNode docs = JSON.readTree(send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build()).body());
        List<Operation> operations = operations(docs);
        assertThat(operations).hasSizeGreaterThan(80);
        world = new FuzzWorld(api, clock);
        world.build();
        fingerprintSql = fingerprintQuery();
        baseline = fingerprint();
        RequestGenerator generator = new RequestGenerator(world, docs.path("components").path("schemas"));
        docs.path("components").path("schemas").path("Problem").path("required")
                .forEach(member -> problemMembers.add(member.asString()));
        assertThat(problemMembers).contains("status", "instance");

        int total = Integer.getInteger("fuzz.requests", 0);
        int perOperation = total > 0 ? Math.ceilDiv(total, operations.size()) : PER_OPERATION_IN_VERIFY;
        long seed = Long.getLong("fuzz.seed", 11L);
        long started = System.nanoTime();
        for (Operation operation : operations) {
            qt().withExamples(perOperation).withFixedSeed(seed ^ operation.name().hashCode()).withShrinkCycles(0)
                    .withGenerateAttempts(perOperation * 10)
                    .forAll(generator.requests(operation))
                    .checkAssert(request -> check(operation, request));
            if (total > 0 && operation == operations.get(operations.size() / 2)) {
                world.build();
                baseline = fingerprint();
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        long sent = statuses.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("[fuzz] %d operations, %d requests in %d s; statuses %s; %d failures%n", operations.size(),
                sent, seconds, new TreeMap<>(statuses), failures.size());
        assertThat(failures).as("requests answered wrongly").isEmpty();
    }

    private void check(Operation operation, Request candidate) {
        Request request = candidate;
        if (operation.name().equals("DELETE /api/users/me") && List.of("owner", "other").contains(request.auth())) {
            // Closing the fuzzing accounts would end the run: a throw-away account is closed instead.
            request = new Request(request.method(), request.uri(), request.contentType(), request.body(),
                    request.headers(), "throw-away", api.newUser().accessToken(), request.clientIp(),
                    request.described());
        }
        HttpResponse<String> response;
        try {
            response = send(build(operation, request));
        } catch (IOException | InterruptedException e) {
            failures.add(operation.name() + ": no answer (" + e + ") to " + request.describe());
            return;
        }
        int status = response.statusCode();
        statuses.computeIfAbsent(status, ignored -> new AtomicLong()).incrementAndGet();
        String problem = null;
        if (status >= 500) {
            problem = "a " + status;
        } else if (status >= 400 && !wellFormedError(request, response)) {
            problem = "a " + status + " that is not problem+json with " + problemMembers + ": "
                    + response.headers().firstValue("Content-Type").orElse("no content type");
        } else if (request.described() && !operation.documented().contains(status)) {
            problem = "a " + status + " the document does not list for the operation " + operation.documented();
        }
        if (status >= 400) {
            String after = fingerprint();
            if (!after.equals(baseline)) {
                problem = (problem == null ? "" : problem + "; ") + "a refused request (" + status + ") wrote data";
                baseline = after;
            }
        } else {
            settle();
            baseline = fingerprint();
        }
        if (problem != null && failures.size() < 200) {
            failures.add(operation.name() + ": " + problem + " for " + request.describe() + " -> "
                    + abbreviate(response.body()));
        }
        if (status == 401 && request.auth().equals("owner") && !request.uri().startsWith("/api/auth/")
                && !ownerTokenWorks()) {
            world.logInAgain();
        }
    }

    /** The owner's token ends only when it expires (a long run) or the account changes: then it logs in again. */
    private boolean ownerTokenWorks() {
        try {
            return send(HttpRequest.newBuilder(uri("/api/users/me"))
                    .header("Authorization", "Bearer " + world.owner.accessToken()).GET().build()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** problem+json with the members the document requires of a problem and the status answered. */
    private boolean wellFormedError(Request request, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/problem+json")) {
            try {
                JsonNode problem = JSON.readTree(response.body());
                return problem.propertyNames().containsAll(problemMembers)
                        && problem.path("status").asInt() == response.statusCode();
            } catch (JacksonException notJson) {
                return false;
            }
        }
        return request.uri().startsWith("/api/workout-plans") && type.startsWith("application/json")
                && response.body().contains("\"success\":false");
    }

    /**
     * Waits for what an accepted request set going in the background (events, and jobs such as a report or an
     * insights recompute) to end, so that it is not taken for a write of the next, refused, request.
     */
    private void settle() {
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("""
                        select (select count(*) from event_publication)
                             + (select count(*) from jobs where status in ('QUEUED', 'RUNNING'))""")
                        .query(Long.class).single() == 0);
    }

    private HttpRequest build(Operation operation, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.uri())).timeout(Duration.ofSeconds(60))
                .header("Accept", operation.accept())
                .header("X-Forwarded-For", request.clientIp());
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        request.headers().forEach((name, value) -> {
            String sent = value.equals(RequestGenerator.CURRENT_ETAG) ? currentETag(request) : value;
            if (sent != null) {
                builder.header(name, sent);
            }
        });
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        return builder.method(request.method(), body).build();
    }

    /** The resource's ETag as the request's credentials read it now, or none when it has none (or is not theirs). */
    private String currentETag(Request request) {
        String path = request.uri().contains("?") ? request.uri().substring(0, request.uri().indexOf('?'))
                : request.uri();
        HttpRequest.Builder read = HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", request.clientIp());
        if (request.token() != null) {
            read.header("Authorization", "Bearer " + request.token());
        }
        try {
            return send(read.GET().build()).headers().firstValue("ETag").orElse(null);
        } catch (IOException | IllegalArgumentException | InterruptedException e) {
            return null;
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + pathAndQuery);
    }

    /** Every operation of the document, with what the document says of it. */
    private static List<Operation> operations(JsonNode docs) {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = docs.path("paths");
        for (Iterator<String> names = paths.propertyNames().iterator(); names.hasNext();) {
            String path = names.next();
            JsonNode item = paths.get(path);
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = item.get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            parameter.get("schema")));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").get("schema");
                Set<Integer> documented = new TreeSet<>();
                Set<String> mediaTypes = new TreeSet<>();
                operation.path("responses").properties().forEach(response -> {
                    documented.add(Integer.valueOf(response.getKey()));
                    mediaTypes.addAll(response.getValue().path("content").propertyNames());
                });
                boolean secured = !operation.has("security") || !operation.get("security").isEmpty();
                operations.add(new Operation(method.toUpperCase(), path, parameters, body, documented,
                        String.join(", ", mediaTypes), secured));
            }
        }
        return operations;
    }

    /**
     * One text that changes when any row of the two accounts changes: every table that leads with {@code user_id}
     * (but those the service writes on its own or on purpose when it refuses: see {@link #NOT_FINGERPRINTED}), and
     * the two accounts' rows without their login bookkeeping.
     */
    private String fingerprintQuery() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'user_id' order by table_name""")
                .query(String.class).list().stream().filter(table -> !NOT_FINGERPRINTED.contains(table)).toList();
        String parts = tables.stream().map(table -> "(select coalesce(string_agg(md5(t::text), ',' order by "
                + "md5(t::text)), '') from " + table + " t where user_id = any(:users))")
                .collect(Collectors.joining(" || '|' || "));
        return "select md5(" + parts + " || '|' || (select string_agg(md5(row(id, username, email, password_hash, "
                + "role, first_name, last_name, gender, date_of_birth, weight_unit, height_unit, theme, time_zone, "
                + "email_reminders, deleted_at, version)::text), ',' order by id) from users where id = any(:users)))";
    }

    private String fingerprint() {
        return jdbc.sql(fingerprintSql).param("users", world.userIds().toArray(UUID[]::new)).query(String.class)
                .single();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
