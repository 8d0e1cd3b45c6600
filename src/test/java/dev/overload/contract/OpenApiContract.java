package dev.overload.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every exchange of the HTTP tests against the API description the service serves at
 * {@code /v3/api-docs}: the status must be documented for the operation, the body's media type too, the body
 * must match its JSON Schema (2020-12, formats asserted, ECMAScript patterns), and documented required headers
 * must be there. A request the service accepted (2xx) must itself match the document: its body and its query
 * parameters. Object schemas are read as closed, so an undocumented property fails too. Any mismatch fails the
 * test that made the request. Requests to paths the document does not describe (actuator, Swagger UI, deliberate
 * unknown routes) and methods it does not list (405 checks) are not checked.
 */
public final class OpenApiContract implements Filter {

    public static final OpenApiContract INSTANCE = new OpenApiContract();

    private static final AtomicLong CHECKED = new AtomicLong();
    private static final AtomicLong UNDESCRIBED = new AtomicLong();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<Integer, Document> documents = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    public static long checked() {
        return CHECKED.get();
    }

    static String summary() {
        return "Responses checked against /v3/api-docs: " + CHECKED.get() + " (not described by it, so not checked: "
                + UNDESCRIBED.get() + ")";
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/v3/api-docs")) {
            return response;
        }
        Document document = documents.computeIfAbsent(uri.getPort(), port -> Document.load(uri));
        List<String> problems = document.check(request, response, uri);
        if (problems == null) {
            UNDESCRIBED.incrementAndGet();
            return response;
        }
        CHECKED.incrementAndGet();
        if (!problems.isEmpty()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + uri.getRawPath() + " -> "
                    + response.getStatusCode() + " breaks /v3/api-docs:\n  " + String.join("\n  ", problems)
                    + "\nResponse body: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    /** The served document, its paths as patterns, its schemas loaded for validation. */
    static final class Document {

        private static final String IRI = "https://overload.test/openapi.json";

        private final JsonNode root;
        private final SchemaRegistry registry;
        /** For requests: enum values also in lower and capitalised case, as the service reads them. */
        private final SchemaRegistry requestRegistry;
        private final List<Template> templates = new ArrayList<>();
        private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

        private Document(JsonNode root) {
            this.root = root;
            closeObjects(root.path("components").path("schemas"));
            String text = JSON.writeValueAsString(root);
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                    .build();
            this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemaRegistryConfig(config).schemas(Map.of(IRI, text)));
            JsonNode lenient = root.deepCopy();
            anyCaseEnums(lenient);
            String lenientText = JSON.writeValueAsString(lenient);
            this.requestRegistry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemaRegistryConfig(config).schemas(Map.of(IRI, lenientText)));
            root.path("paths").propertyNames().forEach(path -> templates.add(new Template(path)));
            templates.sort(Comparator.comparingInt(Template::variables));
        }

        static Document load(URI uri) {
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> served = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + uri.getPort() + "/v3/api-docs")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Document(JSON.readTree(served.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void anyCaseEnums(JsonNode node) {
            if (node instanceof ObjectNode object) {
                if (object.get("enum") instanceof tools.jackson.databind.node.ArrayNode values) {
                    List<String> extra = new ArrayList<>();
                    values.forEach(value -> {
                        if (value.isString()) {
                            String text = value.asString();
                            String lower = text.toLowerCase(Locale.ROOT);
                            extra.add(lower);
                            if (!lower.isEmpty()) {
                                extra.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
                            }
                        }
                    });
                    extra.stream().distinct().forEach(values::add);
                }
                object.values().forEach(Document::anyCaseEnums);
            } else if (node != null && node.isArray()) {
                node.forEach(Document::anyCaseEnums);
            }
        }

        /** Component objects without a say on other properties are read as allowing none. */
        private static void closeObjects(JsonNode components) {
            for (JsonNode schema : components) {
                if (schema instanceof ObjectNode object && object.has("properties")
                        && !object.has("additionalProperties")) {
                    object.put("additionalProperties", false);
                }
            }
        }

        /** The problems found, or null when the document does not describe the request. */
        List<String> check(FilterableRequestSpecification request, Response response, URI uri) {
            String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
            Template template = templates.stream().filter(t -> t.matches(path)).findFirst().orElse(null);
            if (template == null) {
                return null;
            }
            String method = request.getMethod().toLowerCase(Locale.ROOT);
            JsonNode operation = root.path("paths").path(template.path).path(method);
            if (operation.isMissingNode()) {
                return null;
            }
            String pointer = "/paths/" + escape(template.path) + "/" + method;
            List<String> problems = new ArrayList<>();
            int status = response.getStatusCode();
            checkResponse(operation, pointer, status, response, problems);
            if (status >= 200 && status < 300) {
                checkRequest(operation, pointer, request, uri, problems);
            }
            return problems;
        }

        private void checkResponse(JsonNode operation, String pointer, int status, Response response,
                List<String> problems) {
            String code = Integer.toString(status);
            JsonNode documented = operation.path("responses").path(code);
            if (documented.isMissingNode()) {
                documented = operation.path("responses").path("default");
                code = "default";
            }
            if (documented.isMissingNode()) {
                problems.add("status " + status + " is not documented (documented: "
                        + operation.path("responses").propertyNames() + ")");
                return;
            }
            for (String header : documented.path("headers").propertyNames()) {
                JsonNode description = documented.path("headers").path(header);
                if (description.path("required").asBoolean(false) && response.getHeader(header) == null) {
                    problems.add("required header " + header + " is missing");
                }
            }
            String body = response.asString();
            String contentType = response.getContentType();
            JsonNode content = documented.path("content");
            if (body == null || body.isEmpty()) {
                return;
            }
            if (content.isMissingNode() || content.isEmpty()) {
                problems.add("a body came back, but status " + status + " documents none");
                return;
            }
            String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!content.has(mediaType)) {
                problems.add("media type " + mediaType + " is not documented for status " + status + " (documented: "
                        + content.propertyNames() + ")");
                return;
            }
            if (mediaType.endsWith("json")) {
                validate(registry, pointer + "/responses/" + code + "/content/" + escape(mediaType) + "/schema", body,
                        "response body", problems);
            }
        }

        private void checkRequest(JsonNode operation, String pointer, FilterableRequestSpecification request, URI uri,
                List<String> problems) {
            List<String> documentedQuery = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asString())) {
                    documentedQuery.add(parameter.path("name").asString());
                }
            });
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                    if (!documentedQuery.contains(name)) {
                        problems.add("query parameter " + name + " was accepted but is not documented");
                    }
                }
            }
            Object body = request.getBody();
            String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : body instanceof String string ? string : null;
            if (text == null || text.isBlank()) {
                return;
            }
            JsonNode requestBody = operation.path("requestBody");
            if (requestBody.isMissingNode()) {
                problems.add("a request body was accepted but none is documented");
                return;
            }
            if (requestBody.path("content").has("application/json")) {
                validate(requestRegistry, pointer + "/requestBody/content/application~1json/schema", text,
                        "request body", problems);
            }
        }

        private void validate(SchemaRegistry from, String pointer, String json, String what, List<String> problems) {
            Schema schema = schemas.computeIfAbsent(what + pointer,
                    p -> from.getSchema(SchemaLocation.of(IRI + "#" + pointer)));
            List<Error> errors = schema.validate(json, InputFormat.JSON);
            errors.forEach(error -> problems
                    .add(what + ": " + error.getMessage() + " at " + error.getInstanceLocation()));
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }

    /** A documented path, as a pattern: each {variable} one segment. */
    record Template(String path, Pattern pattern, int variables) {

        Template(String path) {
            this(path, Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
                    (int) path.chars().filter(c -> c == '{').count());
        }

        boolean matches(String requested) {
            return pattern.matcher(requested).matches();
        }
    }
}
