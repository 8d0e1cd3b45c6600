package dev.overload.shared.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Java record each component schema was made from, so the description can read its annotations. Kept once
 * per JVM, like swagger's chain of model converters: springdoc puts each application context's resolver into that
 * one chain, replacing the resolver of the context before, so with two contexts in a JVM (two instances in a test)
 * only the last one's resolver sees the types. A schema's name and record are a matter of the code alone, the same
 * for every context.
 */
class SchemaClasses {

    private static final Map<String, Class<?>> BY_NAME = new ConcurrentHashMap<>();

    void record(String schemaName, Class<?> type) {
        BY_NAME.putIfAbsent(schemaName, type);
    }

    Optional<Class<?>> of(String schemaName) {
        return Optional.ofNullable(BY_NAME.get(schemaName));
    }
}
