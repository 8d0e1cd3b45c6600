package dev.overload.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, errors included, set before anything else runs (the servlet
 * container's own error answers get them from {@link ProblemErrorReportValve}). The API serves JSON only, so its
 * content policy allows nothing; the API browser (Swagger UI) gets one that lets its own scripts and styles load.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String API_BROWSER_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' "
            + "'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final Map<String, String> COMMON = common();

    private static Map<String, String> common() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()");
        headers.put("Cache-Control", "no-store");
        return headers;
    }

    /** Every security header for a response to {@code path}. */
    static void forPath(String path, BiConsumer<String, String> header) {
        COMMON.forEach(header);
        header.accept("Content-Security-Policy", path.startsWith("/swagger-ui") ? API_BROWSER_POLICY : API_POLICY);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        forPath(request.getRequestURI(), response::setHeader);
        chain.doFilter(request, response);
    }
}
