package dev.overload.webapp.web;

import dev.overload.shared.security.PublicEndpoints;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the web app: its files are static resources ({@code /}, {@code /app/**}, {@code /sw.js}, the manifest,
 * the browser libraries under {@code /webjars/**}), and each route the app draws itself (a reload on
 * {@code /plans}, say) answers the app's one page, which then shows that route.
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration implements WebMvcConfigurer {

    /** The app's own routes; the app's router knows the same list (ROUTES in app/main.js). */
    static final List<String> ROUTES = List.of("/login", "/register", "/reset-password", "/today", "/plans",
            "/plans/{planId}", "/sessions/{sessionId}", "/settings", "/calendar", "/club", "/dashboard", "/history",
            "/history/{sessionId}", "/exercises/{exerciseId}", "/records", "/reports", "/wellness");

    static final List<String> FILES = List.of("/", "/index.html", "/app/**", "/webjars/**", "/sw.js",
            "/manifest.webmanifest", "/favicon.ico");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        ROUTES.forEach(route -> registry.addViewController(route).setViewName("forward:/index.html"));
    }

    /** The app's files and routes are public; everything it shows comes from the API, which needs a token. */
    @Bean
    PublicEndpoints webAppEndpoints() {
        return PublicEndpoints.reads(FILES.toArray(String[]::new))
                .and(PublicEndpoints.reads(ROUTES.toArray(String[]::new)));
    }
}
