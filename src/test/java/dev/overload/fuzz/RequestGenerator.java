package dev.overload.fuzz;

import dev.overload.Api;
import dev.overload.fuzz.FuzzWorld.Kind;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import tools.jackson.databind.JsonNode;

/**
 * Generates requests for one operation of the OpenAPI document, valid and invalid: ids of the owner, of the other
 * account, random and malformed (dates where the path takes a date); parameters and bodies from their schemas, with
 * wrong types, values out of bounds, huge and unicode strings, lone surrogates, NUL, deep and malformed JSON,
 * unknown enum values and wrong content types mixed in; and the headers the operation takes: reused and malformed
 * {@code Idempotency-Key}s, current, stale and malformed ETags in {@code If-Match} and {@code If-None-Match}.
 */
final class RequestGenerator {

    /**
     * An operation of the API: method, path template, parameters, the JSON schema of its body if any, the statuses
     * the document says it answers, the media types of its answers (as {@code Accept} asks for them), and whether
     * it needs an access token.
     */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
            Set<Integer> documented, String accept, boolean secured) {

        String name() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    /**
     * One request as sent; {@code auth} names the credentials, for the report. A header whose value is
     * {@link #CURRENT_ETAG} is sent with the resource's ETag as it is when the request goes out. {@code described}:
     * the request keeps to what the document describes (no parameter it does not name, a body only where the
     * operation takes one, credentials only where it needs them), so its answer must be one the document lists; a
     * request outside it must still be answered well, with statuses the document cannot list.
     */
    record Request(String method, String uri, String contentType, String body, Map<String, String> headers,
            String auth, String token, String clientIp, boolean described) {

        String describe() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return method + " " + (uri.length() > 300 ? uri.substring(0, 300) + "…" : uri) + " [" + auth + ", "
                    + contentType + (headers.isEmpty() ? "" : ", " + headers) + "] " + shown;
        }
    }

    /** A JSON value written as is (numbers JSON allows but Java types do not hold, broken JSON). */
    private record Raw(String json) {
    }

    static final String CURRENT_ETAG = "<the current ETag>";

    private static final List<String> BAD_IDS = List.of("not-a-uuid", "0", "-1", "null", "..", "%00", "a%2Fb",
            "00000000-0000-0000-0000-000000000000", "x".repeat(3000), "漢字", "1e400", "' or 1=1 --",
            "01a22a26-c266-70cf-a9d7-76115946cd3");
    private static final List<Object> WEIRD_VALUES = List.of("", " ", "\u0000", "a\u0000b", "\ud800", "x\udc00y",
            "漢字テスト", "🏋️‍♀️💪", "<script>alert(1)</script>", "'; drop table users; --", "x".repeat(100_000),
            "-999999999-01-01", "+999999999-12-31T00:00:00Z", "2024-02-30", "NaN", new Raw("1e400"),
            new Raw("-1e400"), new Raw("9223372036854775808"), new Raw("1.5"), new Raw("-0"), new Raw("true"),
            new Raw("null"), new Raw("[]"), new Raw("{}"), new Raw("12345678901234567890123456789"),
            Long.MIN_VALUE, Integer.MAX_VALUE, -1, 0, new BigDecimal("0.001"), new BigDecimal("99999999.99"));
    private static final List<String> BROKEN_BODIES = List.of("{", "[", "{\"a\":}", "nul", "{\"a\" 1}", "\u0000",
            "{\"name\":\"\\ud800\"}", "\"just a string\"", "42", "null", "[1,2,3]", "{\"a\":1,\"a\":2}",
            "{\"name\": \"x\"} trailing", "\uFEFF{}", "{'single': 'quotes'}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "multipart/form-data",
            "multipart/form-data; boundary=x", "multipart/mixed; boundary=", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=nope", ";;;", "application/*",
            "application/json; boundary=\"");
    /** A few keys over and over, so retries (replayed) and reuses with another body (422) happen too. */
    private static final List<String> IDEMPOTENCY_KEYS = List.of("fuzz-key-1", "fuzz-key-2", "fuzz-key-3",
            "k".repeat(256), "key with spaces", "caf\u00e9", "\"quoted\"");
    private static final List<String> ETAGS = List.of(CURRENT_ETAG, CURRENT_ETAG, "\"0\"", "W/\"1\"", "*", "\"\"",
            "no quotes", "\"" + "9".repeat(40) + "\"", "\"1\", \"2\"");
    private static final List<String> BAD_DATES = List.of("2024-02-30", "-999999999-01-01", "+10000-01-01",
            "1899-12-31", "2100-01-01", "today", "2024-1-1", "20240101", "0000-00-00");

    private final FuzzWorld world;
    private final JsonNode components;

    RequestGenerator(FuzzWorld world, JsonNode components) {
        this.world = world;
        this.components = components;
    }

    Gen<Request> requests(Operation operation) {
        return random -> request(operation, random);
    }

    private Request request(Operation operation, RandomnessSource random) {
        String path = operation.path();
        String[] segments = path.split("/");
        StringBuilder uri = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            uri.append('/');
            if (segment.startsWith("{")) {
                JsonNode schema = operation.parameters().stream()
                        .filter(parameter -> segment.equals("{" + parameter.name() + "}")).findFirst()
                        .map(Parameter::schema).orElse(null);
                boolean date = schema != null && schema.path("format").asString("").equals("date");
                uri.append(encode(date ? dateFor(random) : idFor(segments[i - 1], path, random)));
            } else {
                uri.append(segment);
            }
        }
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && chance(random, 60)) {
                query.add(encode(parameter.name()) + "=" + encode(text(value(parameter.schema(), random, 0))));
            }
        }
        boolean unknownParameter = chance(random, 5);
        if (unknownParameter) {
            query.add("unknown_parameter=" + encode(text(pick(random, WEIRD_VALUES))));
        }
        if (!query.isEmpty()) {
            uri.append('?').append(String.join("&", query));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header") && chance(random, 50)) {
                headers.put(parameter.name(), parameter.name().equals("Idempotency-Key")
                        ? pick(random, IDEMPOTENCY_KEYS) : pick(random, ETAGS));
            }
        }

        String contentType = null;
        String body = null;
        boolean hasBody = operation.bodySchema() != null;
        if (hasBody || (!operation.method().equals("GET") && chance(random, 15))) {
            contentType = chance(random, 88) ? "application/json" : pick(random, CONTENT_TYPES);
            int kind = between(random, 0, 99);
            if (!hasBody || kind < 12) {
                body = pick(random, BROKEN_BODIES);
            } else if (kind < 15) {
                body = deep(between(random, 100, 3000));
            } else if (kind < 17) {
                body = "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}";
            } else {
                body = json(value(operation.bodySchema(), random, 0));
            }
            if (body.length() > 1_900_000) {
                // Past Tomcat's 2 MB swallow the 413 comes with a closed connection, which clients see as an error.
                body = "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}";
            }
        }

        int who = between(random, 0, 99);
        String auth;
        String token;
        if (who < 78) {
            auth = "owner";
            token = world.owner.accessToken();
        } else if (who < 86) {
            auth = "other";
            token = world.other.accessToken();
        } else if (who < 93) {
            auth = "none";
            token = null;
        } else if (who < 97) {
            auth = "garbage";
            token = pick(random, List.of("x.y.z", "eyJhbGciOiJub25lIn0.e30.", "Bearer", "\u00e9"));
        } else {
            auth = "owner, respelled";
            token = world.owner.accessToken() + "A";
        }
        boolean described = !unknownParameter && (body == null || hasBody) && (token == null || operation.secured());
        return new Request(operation.method(), uri.toString(), contentType, body, headers, auth, token,
                "10.250." + between(random, 0, 15) + "." + between(random, 1, 254), described);
    }

    /** An id for the path parameter after {@code segment}: mostly a real one of the right kind. */
    private String idFor(String segment, String path, RandomnessSource random) {
        Kind kind = switch (segment) {
            case "training-plans", "workout-plans" -> Kind.PLAN;
            case "days" -> Kind.DAY;
            case "exercises" -> path.contains("/days/") ? Kind.SLOT : Kind.EXERCISE;
            case "sets" -> path.startsWith("/api/training-sessions") ? Kind.SESSION_SET : Kind.PLAN_SET;
            case "training-sessions" -> Kind.SESSION;
            case "schedules" -> Kind.SCHEDULE;
            case "comments" -> Kind.COMMENT;
            case "users", "user-profiles" -> Kind.USER;
            case "notifications" -> Kind.NOTIFICATION;
            case "widgets" -> Kind.WIDGET;
            default -> Kind.PLAN;
        };
        int roll = between(random, 0, 99);
        List<String> own = world.own(kind);
        List<String> others = world.others(kind);
        if (roll < 62 && !own.isEmpty()) {
            return pick(random, own);
        }
        if (roll < 78 && !others.isEmpty()) {
            return pick(random, others);
        }
        if (roll < 88) {
            return UUID.randomUUID().toString();
        }
        return pick(random, BAD_IDS);
    }

    /** A date in a path: mostly a day the owner recorded, or any day; sometimes no date at all. */
    private String dateFor(RandomnessSource random) {
        int roll = between(random, 0, 99);
        if (roll < 50 && !world.own(Kind.DATE).isEmpty()) {
            return pick(random, world.own(Kind.DATE));
        }
        if (roll < 85) {
            return String.format("%04d-%02d-%02d", between(random, 1890, 2110), between(random, 1, 12),
                    between(random, 1, 28));
        }
        return chance(random, 50) ? pick(random, BAD_DATES) : pick(random, BAD_IDS);
    }

    /** A value for the schema: mostly valid, sometimes anything at all. */
    private Object value(JsonNode schema, RandomnessSource random, int depth) {
        if (chance(random, 7) || schema == null || depth > 6) {
            return pick(random, WEIRD_VALUES);
        }
        schema = resolve(schema);
        for (String union : List.of("oneOf", "anyOf")) {
            if (schema.has(union) && schema.get(union).isArray() && !schema.get(union).isEmpty()) {
                return value(schema.get(union).get(between(random, 0, schema.get(union).size() - 1)), random, depth);
            }
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return chance(random, 90) && !values.isEmpty() ? values.get(between(random, 0, values.size() - 1))
                    .asString() : "UNKNOWN_VALUE";
        }
        String type = type(schema);
        String format = schema.path("format").asString("");
        return switch (type) {
            case "object" -> object(schema, random, depth);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int count = chance(random, 5) ? between(random, 50, 300) : between(random, 0, 3);
                for (int i = 0; i < count; i++) {
                    items.add(value(schema.get("items"), random, depth + 1));
                }
                yield items;
            }
            case "integer" -> integer(schema, random);
            case "number" -> chance(random, 80) ? new BigDecimal(integer(schema, random).toString())
                    .add(new BigDecimal(between(random, 0, 99)).movePointLeft(2)) : pick(random, WEIRD_VALUES);
            case "boolean" -> chance(random, 95) ? chance(random, 50) : "yes";
            default -> string(schema, format, random);
        };
    }

    private Map<String, Object> object(JsonNode schema, RandomnessSource random, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = properties.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (chance(random, 75)) {
                object.put(name, value(properties.get(name), random, depth + 1));
            }
        }
        if (chance(random, 5)) {
            object.put("id", UUID.randomUUID().toString());
            object.put("user_id", world.other.id().toString());
        }
        return object;
    }

    private Long integer(JsonNode schema, RandomnessSource random) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -5;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min + 10, 200);
        if (chance(random, 85)) {
            return random.next(Constraint.between(min, max));
        }
        return pick(random, List.of(min - 1, max + 1, Long.MAX_VALUE, Long.MIN_VALUE, 0L));
    }

    private Object string(JsonNode schema, String format, RandomnessSource random) {
        if (chance(random, 12)) {
            return pick(random, WEIRD_VALUES);
        }
        return switch (format) {
            case "uuid" -> {
                List<String> all = new ArrayList<>();
                world.own.values().forEach(all::addAll);
                world.others.values().forEach(all::addAll);
                yield chance(random, 80) && !all.isEmpty() ? pick(random, all) : UUID.randomUUID().toString();
            }
            case "date" -> String.format("%04d-%02d-%02d", between(random, 1990, 2030), between(random, 1, 12),
                    between(random, 1, 28));
            case "date-time" -> String.format("%04d-%02d-%02dT%02d:00:00Z", between(random, 2020, 2030),
                    between(random, 1, 12), between(random, 1, 28), between(random, 0, 23));
            case "email" -> "fuzz" + between(random, 0, 1_000_000) + "@example.com";
            default -> {
                long min = schema.has("minLength") ? schema.get("minLength").asLong() : 0;
                long max = schema.has("maxLength") ? schema.get("maxLength").asLong() : 40;
                int length = (int) (chance(random, 90) ? random.next(Constraint.between(min, Math.min(max, 60)))
                        : max + 1);
                StringBuilder text = new StringBuilder();
                String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.éß漢";
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(between(random, 0, alphabet.length() - 1)));
                }
                yield text.toString();
            }
        };
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asString();
            schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asString().equals("null")) {
                    return option.asString();
                }
            }
            return "null";
        }
        return type.asString();
    }

    private static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** JSON text, every character outside ASCII escaped, so lone surrogates travel as they are. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Raw raw -> out.append(raw.json());
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case String text -> {
                out.append('"');
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            }
            case BigDecimal number -> out.append(number.toPlainString());
            default -> out.append(value);
        }
    }

    private static String text(Object value) {
        return value instanceof String text ? text : value instanceof Raw raw ? raw.json() : String.valueOf(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean chance(RandomnessSource random, int percent) {
        return random.next(Constraint.between(0, 99)) < percent;
    }

    private static int between(RandomnessSource random, int min, int max) {
        return (int) random.next(Constraint.between(min, max));
    }

    private static <T> T pick(RandomnessSource random, List<T> values) {
        return values.get(between(random, 0, values.size() - 1));
    }

    static String clientIp() {
        return Api.newClientIp();
    }
}
