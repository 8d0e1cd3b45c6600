package dev.overload.identity.web;

import dev.overload.shared.errors.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * CSRF protection for the endpoints a cookie authenticates. A request must carry a custom header, which a
 * browser sends cross-origin only after a CORS preflight this service never grants (so a form or an image on
 * another site cannot); and, when the browser says where the request comes from ({@code Origin},
 * {@code Sec-Fetch-Site}), that must be this service's own origin. The SameSite=Strict cookie is a third wall.
 */
final class CrossSiteGuard {

    static final String HEADER = "X-Overload-Csrf";
    static final String HEADER_DESCRIPTION = "Any non-empty value; proves the request comes from a script of this "
            + "origin (other sites cannot send it without a CORS preflight, which is never granted)";
    static final String REFUSED = "A cross-site request: the X-Overload-Csrf header is missing, or Origin or "
            + "Sec-Fetch-Site names another site";

    private CrossSiteGuard() {
    }

    static void check(HttpServletRequest request) {
        String marker = request.getHeader(HEADER);
        if (marker == null || marker.isBlank()) {
            throw new ForbiddenException("Send the " + HEADER + " header from the web app's own pages");
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ForbiddenException("A request from another site (" + site + ") is refused");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request))) {
            throw new ForbiddenException("A request from another origin is refused");
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host(request.getServerName()) + (defaultPort ? "" : ":" + port);
    }

    private static String host(@Nullable String name) {
        if (name == null) {
            return "";
        }
        return name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    }
}
