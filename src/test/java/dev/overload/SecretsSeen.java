package dev.overload;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every secret the tests sent or were given over HTTP — passwords, access, refresh, reset and calendar tokens — so
 * {@code LogSecretsTests} can look for them in the log of the whole run: written to the {@link TestRun} folder when
 * the JVM ends. Installed on every request {@link Api} makes.
 */
public final class SecretsSeen implements Filter {

    public static final SecretsSeen FILTER = new SecretsSeen();

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FEED_TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestRun.write("secrets", SECRETS), "secrets-seen"));
    }

    private SecretsSeen() {
    }

    public static Set<String> all() {
        return Set.copyOf(SECRETS);
    }

    /** A secret a test came by otherwise (from an email, say). */
    public static void add(String secret) {
        if (secret != null && secret.length() >= 8) {
            SECRETS.add(secret);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Object body = request.getBody();
        collectBody(body);
        String authorization = request.getHeaders().getValue("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            add(authorization.substring("Bearer ".length()));
        }
        Response answer = context.next(request, response);
        String contentType = answer.getContentType();
        if (contentType != null && contentType.contains("json")) {
            collectBody(answer.asString());
        }
        return answer;
    }

    private static void collectBody(Object body) {
        if (body == null) {
            return;
        }
        try {
            JsonNode tree;
            if (body instanceof String text) {
                tree = JSON.readTree(text);
            } else {
                tree = JSON.valueToTree(body);
            }
            collect(tree);
        } catch (RuntimeException notJson) {
            // Not every body is JSON (the tests send broken ones on purpose).
        }
    }

    private static void collect(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                if (value.isString() && (name.contains("password") || name.contains("token"))) {
                    add(value.asString());
                } else if (value.isString() && name.equals("url")) {
                    Matcher token = FEED_TOKEN.matcher(value.asString());
                    if (token.find()) {
                        add(token.group(1));
                    }
                } else {
                    collect(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(SecretsSeen::collect);
        }
    }
}
