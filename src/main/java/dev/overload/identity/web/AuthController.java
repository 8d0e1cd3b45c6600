package dev.overload.identity.web;

import dev.overload.identity.domain.Logins;
import dev.overload.identity.domain.PasswordResets;
import dev.overload.identity.domain.Registrations;
import dev.overload.shared.errors.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication",
        description = "Registration, login, token refresh and logout, password reset, Telegram login, and the keys that verify access tokens")
@SecurityRequirements
class AuthController {

    private final Registrations registrations;
    private final Logins logins;
    private final PasswordResets passwordResets;
    private final AccountViews views;

    AuthController(Registrations registrations, Logins logins, PasswordResets passwordResets, AccountViews views) {
        this.registrations = registrations;
        this.logins = logins;
        this.passwordResets = passwordResets;
        this.views = views;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The account, opened")
    @ApiResponse(responseCode = "429")
    @Operation(operationId = "register", summary = "Open an account")
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        var user = registrations.register(request.toRegistration(), http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/users/me"))
                .body(views.of(user));
    }

    @PostMapping("/login")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "401", description = "Wrong username, email or password")
    @ApiResponse(responseCode = "429")
    @Operation(operationId = "logIn", summary = "Log in with username or email and password")
    TokenResponse logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        boolean byUsername = request.username() != null && !request.username().isBlank();
        boolean byEmail = request.email() != null && !request.email().isBlank();
        if (byUsername == byEmail) {
            throw new InvalidFieldException("username", "give either a username or an email");
        }
        String identifier = byEmail ? request.email().strip() : request.username().strip();
        return TokenResponse.from(logins.logIn(identifier, byEmail, request.password(), http.getRemoteAddr()));
    }

    @PostMapping("/refresh")
    @ApiResponse(responseCode = "200", description = "A new token pair; the old refresh token is spent")
    @ApiResponse(responseCode = "401", description = "The refresh token is unknown, expired or revoked")
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for a new token pair")
    TokenResponse refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return TokenResponse.from(logins.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "logOut", summary = "Revoke a refresh token and the login it belongs to")
    void logOut(@Valid @RequestBody RefreshTokenRequest request) {
        logins.logOut(request.refreshToken());
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "Accepted; an email goes out if the address is known")
    @ApiResponse(responseCode = "429")
    @Operation(operationId = "requestPasswordReset",
            summary = "Email a password reset token; answers the same whether or not the email is known")
    void requestPasswordReset(@Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        passwordResets.request(request.email().strip(), http.getRemoteAddr());
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with an emailed reset token")
    void confirmPasswordReset(@Valid @RequestBody PasswordResetConfirmRequest request) {
        passwordResets.confirm(request.token(), request.newPassword());
    }

    @PostMapping("/telegram")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "401",
            description = "The Telegram data is forged or too old, or the account is deleted")
    @ApiResponse(responseCode = "404", description = "Telegram login is not configured on this service")
    @ApiResponse(responseCode = "429")
    @Operation(operationId = "logInWithTelegram",
            summary = "Log in (or sign up) with the Telegram login widget's data; 404 when not configured")
    TokenResponse logInWithTelegram(@Valid @RequestBody TelegramLoginRequest request, HttpServletRequest http) {
        return TokenResponse.from(logins.logInWithTelegram(request.toLogin(), http.getRemoteAddr()));
    }
}
