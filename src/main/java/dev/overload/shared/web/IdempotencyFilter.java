package dev.overload.shared.web;

import dev.overload.shared.contract.Idempotent;
import dev.overload.shared.contract.OwnAccountOnly;
import dev.overload.shared.errors.ApiException;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.InvalidFieldException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries for every endpoint marked {@link Idempotent}: the first request with a user's
 * {@code Idempotency-Key} runs while a transaction holds the key's new row, and its successful (2xx) response
 * is stored in that row before the client sees it; a retry with the same key and the same request (method,
 * path, query and body, byte for byte) gets that response again without running; the same key with another
 * request is refused (422). A retry that arrives while the first is still running waits on the row (its
 * insert blocks on the primary key) and is then answered from it, so concurrent retries write once. A first
 * request that fails (non-2xx) stores nothing, so the key may be used again. Runs after security: keys are
 * per authenticated user.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final RequestMappingHandlerMapping handlers;
    private final HandlerExceptionResolver errors;

    IdempotencyFilter(IdempotencyKeys keys,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.keys = keys;
        this.handlers = handlers;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(Idempotent.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<UUID> user = user();
        if (user.isEmpty() || !idempotent(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(Idempotent.HEADER);
        if (!KEY.matcher(key).matches()) {
            fail(request, response, new InvalidFieldException(Idempotent.HEADER,
                    "must be 1-255 printable ASCII characters"));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        try (IdempotencyKeys.Claim claim = keys.claim(user.get(), key, fingerprint)) {
            if (claim.earlier().isPresent()) {
                IdempotencyKeys.Stored earlier = claim.earlier().get();
                if (!earlier.fingerprint().equals(fingerprint)) {
                    fail(request, response, new KeyReusedException());
                } else {
                    replay(earlier, response);
                }
                return;
            }
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            chain.doFilter(new BodyInMemory(request, body), captured);
            int status = captured.getStatus();
            if (status >= 200 && status < 300) {
                claim.store(status, captured.getContentType(), captured.getHeader(HttpHeaders.LOCATION),
                        captured.getHeader(HttpHeaders.ETAG), captured.getContentAsByteArray());
            }
            captured.copyBodyToResponse();
        } catch (IdempotencyKeys.StillRunningException running) {
            fail(request, response, new ConflictException(
                    "A request with this Idempotency-Key is still running; retry in a moment"));
        } catch (SQLException e) {
            throw new ServletException("Idempotency key store failed", e);
        }
    }

    private static void replay(IdempotencyKeys.Stored earlier, HttpServletResponse response) throws IOException {
        response.setStatus(earlier.status());
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, earlier.etag());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(earlier.body().length);
        response.getOutputStream().write(earlier.body());
    }

    private void fail(HttpServletRequest request, HttpServletResponse response, Exception problem) {
        errors.resolveException(request, response, null, problem);
    }

    private boolean idempotent(HttpServletRequest request) {
        try {
            HandlerExecutionChain handler = handlers.getHandler(request);
            return handler != null && handler.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(Idempotent.class);
        } catch (Exception noHandler) {
            return false;
        }
    }

    private static Optional<UUID> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(authentication.getName()));
        } catch (IllegalArgumentException notAUser) {
            return Optional.empty();
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                    // The owner acted for is part of the request: a key reused for another client is refused.
                    + (request.getHeader(OwnAccountOnly.ACT_AS_USER) == null ? ""
                            : OwnAccountOnly.ACT_AS_USER + ": " + request.getHeader(OwnAccountOnly.ACT_AS_USER) + "\n"))
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key was used before for another request. */
    static final class KeyReusedException extends ApiException {

        KeyReusedException() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was used for another request; use a new key "
                    + "for a new request");
        }
    }
}
