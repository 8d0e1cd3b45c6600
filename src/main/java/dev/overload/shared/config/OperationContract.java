package dev.overload.shared.config;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.Conditional;
import dev.overload.shared.contract.ErrorStatus;
import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.contract.OwnAccountOnly;
import dev.overload.shared.errors.ErrorResponseStyle;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each operation say everything it can answer, from what the handler method shows: every error status
 * with its body (problem+json, or the error style of its part of the API), the headers every response
 * carries, {@code Location} on 201 and on a 202 that answers the job it started, {@code X-Total-Count} on
 * lists, the headers of safe retries and conditional requests where the method takes them, and a description.
 */
class OperationContract implements GlobalOperationCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";
    static final String REQUEST_ID = "X-Request-Id";
    static final String TOTAL_COUNT = "X-Total-Count";

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Invalid request: a parameter or body field breaks a rule (each is named in errors), or "
                + "the body is not valid JSON or has a field this operation does not know");
        ERRORS.put("401", "No valid bearer access token");
        ERRORS.put("403", "The caller may see the resource but not do this to it, or lacks the role");
        ERRORS.put("404", "No such resource, or it belongs to someone else (or Act-As-User names someone the caller "
                + "may not act for)");
        ERRORS.put("409", "The change conflicts with the current state or with a concurrent change; reload and retry");
        ERRORS.put("412", "If-Match named a version that is no longer current; nothing was changed");
        ERRORS.put("413", "The body is larger than the limit (1 MB unless the service is configured otherwise)");
        ERRORS.put("415", "The body is not application/json");
        ERRORS.put("422", "This Idempotency-Key was used before with another request");
        ERRORS.put("429", "Too many attempts; retry after the number of seconds in Retry-After");
        ERRORS.put("500", "An unexpected error, logged with the request id");
    }

    private final List<ErrorResponseStyle> styles;

    OperationContract(List<ErrorResponseStyle> styles) {
        this.styles = styles;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String path = path(handler);
        RequestMethod method = method(handler);
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean idempotent = handler.hasMethodAnnotation(Idempotent.class);
        boolean conditional = handler.hasMethodAnnotation(Conditional.class);
        boolean read = method == RequestMethod.GET;
        boolean takesCaller = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == CurrentUser.class);
        boolean ownAccountOnly = handler.getBeanType().isAnnotationPresent(OwnAccountOnly.class);
        boolean actsAs = secured && takesCaller && !ownAccountOnly;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();

        if (idempotent) {
            addParameter(operation, header(Idempotent.HEADER, "A key of the client's choosing (1–255 printable "
                    + "ASCII characters, a UUID say) that makes a retry safe: the same key with the same body "
                    + "within 24 hours answers the first response again, without doing the work twice",
                    SchemaContract.typed("string").minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        }
        if (conditional && read) {
            addParameter(operation, header("If-None-Match", "An ETag of an earlier read: 304 while it is current",
                    SchemaContract.typed("string")));
        } else if (conditional) {
            addParameter(operation, header("If-Match", "The ETag of the version this change is based on: the "
                    + "change is refused (412) when the resource has changed since", SchemaContract.typed("string")));
        }

        if (actsAs) {
            addParameter(operation, header(OwnAccountOnly.ACT_AS_USER, "A trainer acting for a client: the client's "
                    + "user id. With the client's access grant the request is made as the client (a write is logged "
                    + "for them with acted_by); without it, 404 as for any data of someone else",
                    SchemaContract.typed("string").format("uuid")));
        }

        boolean hasInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> !"header".equals(p.getIn())));
        List<String> errors = new ArrayList<>();
        if (hasInput || secured && takesCaller && ownAccountOnly) {
            errors.add("400");
        }
        if (secured) {
            errors.add("401");
        }
        if (secured && hasPreAuthorize(handler)) {
            errors.add("403");
        }
        if (path.contains("{") || secured && operation.getRequestBody() != null || actsAs) {
            errors.add("404");
        }
        if (!read) {
            errors.add("409");
        }
        if (conditional && !read) {
            errors.add("412");
        }
        if (operation.getRequestBody() != null) {
            errors.add("413");
            errors.add("415");
        }
        if (idempotent) {
            errors.add("422");
        }
        errors.add("500");
        for (ErrorStatus declared : handler.getMethod().getAnnotationsByType(ErrorStatus.class)) {
            String status = Integer.toString(declared.value());
            errors.add(status);
            responses.addApiResponse(status, new ApiResponse().description(declared.description()));
        }
        ErrorResponseStyle style = styles.stream().filter(s -> s.appliesToPath(path)).findFirst().orElse(null);
        for (String status : errors) {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(ERRORS.get(status)));
            }
        }
        ApiResponse anySuccess = responses.entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .map(Map.Entry::getValue).filter(r -> r.getContent() != null).findFirst().orElse(null);
        boolean list = returnsList(handler);
        for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
            String status = entry.getKey();
            ApiResponse response = entry.getValue();
            addHeader(response, REQUEST_ID, "The request's id (the client's X-Request-Id when usable), also in "
                    + "the logs", "string", true);
            if (status.startsWith("2") && response.getContent() == null && anySuccess != null && !status.equals("204")
                    && !status.equals("202")) {
                response.setContent(anySuccess.getContent());
            }
            if (status.equals("201")) {
                addHeader(response, "Location", "The created resource", "string", true);
            }
            if (status.equals("202") && response.getContent() != null) {
                addHeader(response, "Location", "Where to follow the work under way (a job)", "string", true);
            }
            if (status.equals("200") && list) {
                addHeader(response, TOTAL_COUNT, "How many items the whole list has", "integer", true);
            }
            if (status.startsWith("2") && conditional) {
                addHeader(response, "ETag", "The version of the resource, for If-None-Match and If-Match", "string",
                        read);
            }
            if (status.equals("429")) {
                addHeader(response, "Retry-After", "Seconds to wait before trying again", "integer", true);
            }
            if (status.equals("401") && secured) {
                addHeader(response, "WWW-Authenticate", "Bearer", "string", false);
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(errorContent(style));
            }
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(ERRORS.getOrDefault(status, status));
            }
        }
        if (conditional && read) {
            ApiResponse notModified = new ApiResponse().description("The resource still has the ETag named in "
                    + "If-None-Match");
            addHeader(notModified, REQUEST_ID, "The request's id", "string", true);
            addHeader(notModified, "ETag", "The current version", "string", true);
            responses.addApiResponse("304", notModified);
        }
        operation.setResponses(sorted(responses));
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(describe(operation, secured, idempotent, conditional, read, list));
        }
        return operation;
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        return ordered;
    }

    private static String describe(Operation operation, boolean secured, boolean idempotent, boolean conditional,
            boolean read, boolean list) {
        StringBuilder text = new StringBuilder(operation.getSummary() == null ? "" : operation.getSummary());
        if (!text.isEmpty() && !text.toString().endsWith(".")) {
            text.append('.');
        }
        text.append(secured ? " Needs a bearer access token." : " Needs no access token.");
        if (list) {
            text.append(" Answers one page (limit, offset) as a JSON array, the total in X-Total-Count.");
        }
        if (idempotent) {
            text.append(" Safe to retry with an Idempotency-Key.");
        }
        if (conditional && read) {
            text.append(" Answers an ETag; If-None-Match with it answers 304 while it is current.");
        } else if (conditional) {
            text.append(" With If-Match, changes only the version named (else 412).");
        }
        return text.toString().strip();
    }

    private Content errorContent(ErrorResponseStyle style) {
        if (style != null) {
            return new Content().addMediaType(JSON, new MediaType().schema(
                    new Schema<>().$ref("#/components/schemas/" + SchemaContract.errorSchemaName(style))));
        }
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static void addHeader(ApiResponse response, String name, String description, String type,
            boolean required) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeaderObject(name, new Header().description(description).required(required ? true : null)
                .schema(SchemaContract.typed(type)));
    }

    private static Parameter header(String name, String description, Schema<?> schema) {
        return new Parameter().in("header").name(name).required(false).description(description).schema(schema);
    }

    private static void addParameter(Operation operation, Parameter parameter) {
        if (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(p -> p.getName().equals(parameter.getName()))) {
            operation.addParametersItem(parameter);
        }
    }

    private static boolean hasPreAuthorize(HandlerMethod handler) {
        return handler.hasMethodAnnotation(PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    /** Lists answer {@code ResponseEntity<List<…>>} built by {@code ResultPage.toResponse()}, with the total. */
    private static boolean returnsList(HandlerMethod handler) {
        Type type = handler.getMethod().getGenericReturnType();
        if (type instanceof ParameterizedType entity && entity.getRawType() == ResponseEntity.class) {
            Type body = entity.getActualTypeArguments()[0];
            return body instanceof ParameterizedType listType && listType.getRawType() == List.class;
        }
        return false;
    }

    static String path(HandlerMethod handler) {
        RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
                RequestMapping.class);
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String prefix = onClass == null || onClass.path().length == 0 ? "" : onClass.path()[0];
        String suffix = onMethod == null || onMethod.path().length == 0 ? "" : onMethod.path()[0];
        return prefix + suffix;
    }

    private static RequestMethod method(HandlerMethod handler) {
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return onMethod == null || onMethod.method().length == 0 ? RequestMethod.GET : onMethod.method()[0];
    }
}
