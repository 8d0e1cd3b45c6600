package dev.overload.identity.web;

import dev.overload.identity.domain.IdentityProperties;
import dev.overload.identity.domain.Logins;
import dev.overload.identity.domain.TokenPair;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.UnauthorizedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for the web app: the refresh token travels only in an httpOnly, SameSite=Strict cookie scoped to these
 * endpoints, out of reach of page scripts; the access token is answered in the body and kept in memory by the
 * app. Every endpoint here refuses cross-site requests ({@link CrossSiteGuard}), so the cookie cannot be used by
 * another site.
 */
@RestController
@RequestMapping(WebSessionController.PATH)
@Tag(name = "Authentication")
@SecurityRequirements
class WebSessionController {

    static final String PATH = "/api/auth/web";

    private final Logins logins;
    private final RefreshCookie cookie;

    WebSessionController(Logins logins, IdentityProperties properties) {
        this.logins = logins;
        this.cookie = new RefreshCookie(PATH, properties.refreshTokenTtl());
    }

    @PostMapping("/login")
    @ApiResponse(responseCode = "200", description = "An access token; the refresh token is set as a cookie",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = RefreshCookie.DESCRIPTION,
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401", description = "Wrong username, email or password")
    @ApiResponse(responseCode = "403", description = CrossSiteGuard.REFUSED)
    @ApiResponse(responseCode = "429")
    @Parameter(in = ParameterIn.HEADER, name = CrossSiteGuard.HEADER, required = true,
            description = CrossSiteGuard.HEADER_DESCRIPTION, schema = @Schema(type = "string"))
    @Operation(operationId = "logInToWebApp",
            summary = "Log in for the web app: the refresh token goes into an httpOnly cookie, never into the body")
    WebTokenResponse logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http,
            HttpServletResponse response) {
        CrossSiteGuard.check(http);
        boolean byUsername = request.username() != null && !request.username().isBlank();
        boolean byEmail = request.email() != null && !request.email().isBlank();
        if (byUsername == byEmail) {
            throw new InvalidFieldException("username", "give either a username or an email");
        }
        String identifier = byEmail ? request.email().strip() : request.username().strip();
        return started(logins.logIn(identifier, byEmail, request.password(), http.getRemoteAddr()), http, response);
    }

    @PostMapping("/refresh")
    @ApiResponse(responseCode = "200", description = "A new access token; the cookie holds the next refresh token",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = RefreshCookie.DESCRIPTION,
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401",
            description = "No refresh cookie, or its token is unknown, expired or revoked (the cookie is cleared)")
    @ApiResponse(responseCode = "403", description = CrossSiteGuard.REFUSED)
    @Parameter(in = ParameterIn.HEADER, name = CrossSiteGuard.HEADER, required = true,
            description = CrossSiteGuard.HEADER_DESCRIPTION, schema = @Schema(type = "string"))
    @Operation(operationId = "refreshWebSession",
            summary = "Exchange the refresh cookie for a new access token (and a new cookie)")
    WebTokenResponse refresh(@Parameter(description = RefreshCookie.DESCRIPTION)
    @CookieValue(name = RefreshCookie.NAME, required = false) @Nullable String refreshToken,
            HttpServletRequest http, HttpServletResponse response) {
        CrossSiteGuard.check(http);
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new UnauthorizedException("Not signed in: no refresh cookie");
        }
        try {
            return started(logins.refresh(refreshToken), http, response);
        } catch (UnauthorizedException e) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.cleared(http.isSecure()));
            throw e;
        }
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Signed out: the login is revoked and the cookie cleared",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = RefreshCookie.DESCRIPTION,
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = CrossSiteGuard.REFUSED)
    @Parameter(in = ParameterIn.HEADER, name = CrossSiteGuard.HEADER, required = true,
            description = CrossSiteGuard.HEADER_DESCRIPTION, schema = @Schema(type = "string"))
    @Operation(operationId = "logOutOfWebApp", summary = "Revoke the web login of the refresh cookie and clear it")
    void logOut(@Parameter(description = RefreshCookie.DESCRIPTION)
    @CookieValue(name = RefreshCookie.NAME, required = false) @Nullable String refreshToken,
            HttpServletRequest http, HttpServletResponse response) {
        CrossSiteGuard.check(http);
        if (refreshToken != null && !refreshToken.isBlank()) {
            logins.logOut(refreshToken);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.cleared(http.isSecure()));
    }

    private WebTokenResponse started(TokenPair tokens, HttpServletRequest http, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.holding(tokens.refreshToken(), http.isSecure()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return WebTokenResponse.from(tokens);
    }
}
