package dev.overload.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Endpoints a module serves without a bearer token (a stale token sent to them is ignored rather than
 * refused). Each module declares its own as a bean; the security configuration collects them all, so it
 * names no module's paths itself. Everything else needs a valid access token.
 */
public record PublicEndpoints(List<RequestMatcher> matchers) {

    /** Any method on these path patterns. */
    public static PublicEndpoints paths(String... patterns) {
        return new PublicEndpoints(Arrays.stream(patterns)
                .<RequestMatcher>map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }

    /** These endpoints and those. */
    public PublicEndpoints and(PublicEndpoints others) {
        return new PublicEndpoints(Stream.concat(matchers.stream(), others.matchers().stream()).toList());
    }

    /** GET on these path patterns. */
    public static PublicEndpoints reads(String... patterns) {
        return new PublicEndpoints(Arrays.stream(patterns)
                .<RequestMatcher>map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET,
                        pattern))
                .toList());
    }
}
