package dev.overload.identity.web;

import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The web app's refresh token as a cookie: httpOnly (no page script reads it), SameSite=Strict (no other site's
 * request carries it), Secure whenever the request came over HTTPS, and sent only to the web session endpoints.
 */
final class RefreshCookie {

    static final String NAME = "overloadRefresh";
    static final String DESCRIPTION = "overloadRefresh: the web app's refresh token (HttpOnly; SameSite=Strict; "
            + "Path=/api/auth/web; Secure over HTTPS)";

    private final String path;
    private final Duration lifetime;

    RefreshCookie(String path, Duration lifetime) {
        this.path = path;
        this.lifetime = lifetime;
    }

    String holding(String refreshToken, boolean secure) {
        return build(refreshToken, lifetime, secure);
    }

    String cleared(boolean secure) {
        return build("", Duration.ZERO, secure);
    }

    private String build(String value, Duration maxAge, boolean secure) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .path(path)
                .maxAge(maxAge)
                .build()
                .toString();
    }
}
