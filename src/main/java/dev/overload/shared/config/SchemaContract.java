package dev.overload.shared.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.overload.shared.errors.ErrorResponseStyle;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * What the document says of properties, made true to the code. A response record's components are always
 * written (nulls included), so each is required, and may be null only where the record says
 * {@code @Nullable}. A request record's optional fields accept null as "not given", so they are nullable.
 * Patterns are anchored, as Bean Validation matches the whole value. Every tag used is declared, unused
 * schemas are dropped, and the shared error bodies are added.
 */
class SchemaContract implements GlobalOpenApiCustomizer {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final SchemaClasses classes;
    private final List<ErrorResponseStyle> styles;

    SchemaContract(SchemaClasses classes, List<ErrorResponseStyle> styles) {
        this.classes = classes;
        this.styles = styles;
    }

    static String errorSchemaName(ErrorResponseStyle style) {
        return style.bodyType().getSimpleName();
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas() == null ? new TreeMap<>()
                : new TreeMap<>(openApi.getComponents().getSchemas());
        schemas.put(OperationContract.PROBLEM, problemSchema());
        schemas.put("FieldError", fieldErrorSchema());
        for (ErrorResponseStyle style : styles) {
            schemas.put(errorSchemaName(style), recordSchema(style.bodyType()));
        }
        openApi.getComponents().setSchemas(new LinkedHashMap<>(schemas));

        Set<String> input = reachable(schemas, requestSchemas(openApi));
        Set<String> output = reachable(schemas, responseSchemas(openApi));
        schemas.keySet().retainAll(union(input, output));
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            String name = entry.getKey();
            Schema<?> schema = entry.getValue();
            if (output.contains(name)) {
                classes.of(name).ifPresent(type -> describeOutput(schema, type));
            } else if (input.contains(name)) {
                describeInput(schema);
                classes.of(name).ifPresent(type -> readOnly(schema, type));
            }
        }
        openApi.getComponents().setSchemas(new LinkedHashMap<>(schemas));
        allSchemas(openApi, SchemaContract::anchorPattern);
        declareTags(openApi);
    }

    /** Response records: every component required; nullable only where {@code @Nullable}. */
    private static void describeOutput(Schema<?> schema, Class<?> type) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        components(type, schema, required, type.isAnnotationPresent(JsonInclude.class)
                && type.getAnnotation(JsonInclude.class).value() == JsonInclude.Include.NON_NULL);
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static void components(Class<?> type, Schema<?> schema, List<String> required, boolean nonNull) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (annotation(type, component, JsonAnyGetter.class) != null) {
                schema.setAdditionalProperties(Boolean.TRUE);
                continue;
            }
            if (annotation(type, component, JsonUnwrapped.class) != null && component.getType().isRecord()) {
                components(component.getType(), schema, required, nonNull);
                continue;
            }
            JsonProperty renamed = annotation(type, component, JsonProperty.class);
            String name = renamed != null ? renamed.value() : SNAKE_CASE.translate(component.getName());
            Schema<?> property = schema.getProperties().get(name);
            if (property == null) {
                continue;
            }
            JsonInclude include = annotation(type, component, JsonInclude.class);
            boolean omittedWhenNull = nonNull
                    || include != null && include.value() == JsonInclude.Include.NON_NULL;
            if (omittedWhenNull && !component.getType().isPrimitive()) {
                continue;
            }
            required.add(name);
            if (isNullable(component)) {
                schema.getProperties().put(name, nullable(property));
            }
        }
    }

    /**
     * A Jackson annotation on a record component: Jackson's annotations do not target record components, so
     * Java puts them on the component's field and accessor.
     */
    private static <A extends java.lang.annotation.Annotation> @Nullable A annotation(Class<?> type,
            RecordComponent component, Class<A> annotation) {
        A onAccessor = component.getAccessor().getAnnotation(annotation);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return type.getDeclaredField(component.getName()).getAnnotation(annotation);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
    }

    /** Request records: a field that is not required may be left out or sent as null. */
    private static void describeInput(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            if (!required.contains(property.getKey()) && !Boolean.TRUE.equals(property.getValue().getReadOnly())) {
                schema.getProperties().put(property.getKey(), nullable(property.getValue()));
            }
        }
    }

    /**
     * Fields the API answers, which a request record lists in {@code @JsonIgnoreProperties}: a client may send
     * back what it read; they are accepted and ignored. Any other unknown field is refused (400).
     */
    private static void readOnly(Schema<?> schema, Class<?> type) {
        JsonIgnoreProperties ignored = type.getAnnotation(JsonIgnoreProperties.class);
        if (ignored == null || schema.getProperties() == null) {
            return;
        }
        for (String name : ignored.value()) {
            Schema<Object> property = new Schema<>();
            property.setReadOnly(true);
            property.setDescription("Read-only: accepted and ignored, so what was read can be sent back");
            schema.getProperties().putIfAbsent(name, property);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema reference = new Schema<>().$ref(property.get$ref());
            Schema wrapper = new Schema<>().anyOf(List.of(reference, typed("null")));
            wrapper.setDescription(property.getDescription());
            return wrapper;
        }
        Set<String> types = types(property);
        if (types.isEmpty() || types.contains("null")) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        property.setType(null);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType());
        }
        return types;
    }

    /** A schema of one JSON type, as OpenAPI 3.1 writes it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema typed(String type) {
        Schema schema = new Schema<>().type(type);
        schema.setTypes(new LinkedHashSet<>(List.of(type)));
        return schema;
    }

    /** Bean Validation's {@code @Pattern} matches the whole value; JSON Schema's a part unless anchored. */
    private static void anchorPattern(Schema<?> schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    private static void declareTags(OpenAPI openApi) {
        Map<String, Tag> declared = new TreeMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> declared.put(tag.getName(), tag));
        }
        operations(openApi).forEach(operation -> {
            if (operation.getTags() != null) {
                operation.getTags().forEach(name -> declared.computeIfAbsent(name,
                        missing -> new Tag().name(missing).description(missing)));
            }
        });
        openApi.setTags(new ArrayList<>(declared.values()));
    }

    private static List<Operation> operations(OpenAPI openApi) {
        List<Operation> all = new ArrayList<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> all.addAll(item.readOperations()));
        }
        return all;
    }

    private static Set<String> requestSchemas(OpenAPI openApi) {
        Set<String> names = new HashSet<>();
        for (Operation operation : operations(openApi)) {
            if (operation.getRequestBody() != null) {
                refs(operation.getRequestBody().getContent(), names);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> collectRefs(parameter.getSchema(), names));
            }
        }
        return names;
    }

    private static Set<String> responseSchemas(OpenAPI openApi) {
        Set<String> names = new HashSet<>();
        for (Operation operation : operations(openApi)) {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> refs(response.getContent(), names));
            }
        }
        return names;
    }

    private static void refs(@Nullable Content content, Set<String> names) {
        if (content != null) {
            content.values().forEach(media -> collectRefs(media.getSchema(), names));
        }
    }

    /** The component schemas {@code schema} refers to, directly or inside it (not through other components). */
    private static void collectRefs(@Nullable Schema<?> schema, Set<String> names) {
        walk(schema, node -> {
            if (node.get$ref() != null) {
                names.add(node.get$ref().substring(node.get$ref().lastIndexOf('/') + 1));
            }
        });
    }

    private static Set<String> reachable(Map<String, Schema> schemas, Set<String> roots) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name) && schemas.containsKey(name)) {
                Set<String> next = new HashSet<>();
                collectRefs(schemas.get(name), next);
                todo.addAll(next);
            }
        }
        return seen;
    }

    private static void allSchemas(OpenAPI openApi, Consumer<Schema<?>> action) {
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> walk(schema, action));
        }
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> walk(parameter.getSchema(), action));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> walk(media.getSchema(), action));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void walk(@Nullable Schema<?> schema, Consumer<Schema<?>> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(child -> walk(child, action));
        }
        walk(schema.getItems(), action);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            walk(additional, action);
        }
        for (List<Schema> composed : List.of(nonNull(schema.getOneOf()), nonNull(schema.getAnyOf()),
                nonNull(schema.getAllOf()))) {
            composed.forEach(child -> walk(child, action));
        }
    }

    private static List<Schema> nonNull(@Nullable List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> union(Collection<T> a, Collection<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** RFC 9457 problem details as every error (but seed 003's) is answered. */
    private static Schema<?> problemSchema() {
        Schema<Object> problem = new Schema<>().type("object").description("RFC 9457 problem details")
                .addProperty("type", typed("string").format("uri-reference")
                        .description("about:blank: no more meaning than the status"))
                .addProperty("title", typed("string").description("The status's reason phrase"))
                .addProperty("status", typed("integer").format("int32").minimum(
                        java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", typed("string").description("What went wrong"))
                .addProperty("instance", typed("string").format("uri-reference")
                        .description("The request's path"))
                .addProperty("request_id", typed("string")
                        .description("The request's id, as in its X-Request-Id header and the logs"))
                .addProperty("errors", typed("array").items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("For invalid input: each field (as the client named it) and what is wrong"));
        problem.setRequired(List.of("type", "title", "status", "detail", "instance"));
        return problem;
    }

    private static Schema<?> fieldErrorSchema() {
        Schema<Object> error = new Schema<>().type("object")
                .addProperty("field", typed("string")
                        .description("The field or parameter, as the client named it (days[0].name)"))
                .addProperty("message", typed("string"));
        error.setRequired(List.of("field", "message"));
        return error;
    }

    /** A small record of booleans, strings and lists of strings, as error bodies are. */
    private static Schema<?> recordSchema(Class<?> type) {
        Schema<Object> schema = new Schema<>().type("object");
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = SNAKE_CASE.translate(component.getName());
            Class<?> java = component.getType();
            Schema<?> property;
            if (java == boolean.class || java == Boolean.class) {
                property = typed("boolean");
            } else if (List.class.isAssignableFrom(java)
                    && component.getGenericType() instanceof ParameterizedType) {
                property = typed("array").items(typed("string"));
            } else {
                property = typed("string");
            }
            schema.addProperty(name, property);
            required.add(name);
        }
        schema.setRequired(required);
        return schema;
    }
}
