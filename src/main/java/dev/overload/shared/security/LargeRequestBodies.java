package dev.overload.shared.security;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Endpoints that take request bodies larger than the service-wide limit ({@code overload.http.max-request-body},
 * 1 MB): a module that needs one (an import, say) declares a bean, and the limit for its paths is {@code limit}.
 */
public record LargeRequestBodies(List<PathPattern> paths, DataSize limit) {

    public static LargeRequestBodies of(DataSize limit, String... patterns) {
        return new LargeRequestBodies(List.of(patterns).stream().map(PathPatternParser.defaultInstance::parse).toList(),
                limit);
    }

    public boolean appliesTo(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return paths.stream().anyMatch(pattern -> pattern.matches(container));
    }
}
