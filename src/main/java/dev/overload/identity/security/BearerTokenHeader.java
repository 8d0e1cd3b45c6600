package dev.overload.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The bearer token of the {@code Authorization} header, or none on a public path. It answers exactly as Spring's
 * {@code DefaultBearerTokenResolver} does (a header not starting with "bearer" is no token; "Bearer " then a
 * token68 is the token; anything else that starts with "bearer" is malformed), with a loop in place of its regular
 * expression: profiling showed the expression's match on every request (bench/README.md).
 */
final class BearerTokenHeader implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final RequestMatcher anyPublic;

    BearerTokenHeader(RequestMatcher anyPublic) {
        this.anyPublic = anyPublic;
    }

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        if (anyPublic.matches(request)) {
            return null;
        }
        return token(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    static @Nullable String token(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isToken68(header, SCHEME.length())) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(SCHEME.length());
    }

    /** RFC 6750's b64token: one or more of A–Z a–z 0–9 - . _ ~ + /, then any number of "=". */
    private static boolean isToken68(String header, int from) {
        int end = header.length();
        while (end > from && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == from) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = header.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
