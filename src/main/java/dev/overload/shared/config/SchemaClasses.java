package dev.overload.shared.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which Java record each component schema was made from, so the description can read its annotations. */
class SchemaClasses {

    private final Map<String, Class<?>> byName = new ConcurrentHashMap<>();

    void record(String schemaName, Class<?> type) {
        byName.putIfAbsent(schemaName, type);
    }

    Optional<Class<?>> of(String schemaName) {
        return Optional.ofNullable(byName.get(schemaName));
    }
}
