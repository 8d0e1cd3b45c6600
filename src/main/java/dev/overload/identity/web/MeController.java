package dev.overload.identity.web;

import dev.overload.identity.domain.Accounts;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.OwnAccountOnly;
import dev.overload.shared.contract.ErrorStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@OwnAccountOnly
@RequestMapping("/api/users/me")
@Tag(name = "My account", description = "The caller's own account, preferences and password")
class MeController {

    private final Accounts accounts;
    private final AccountViews views;

    MeController(Accounts accounts, AccountViews views) {
        this.accounts = accounts;
        this.views = views;
    }

    @GetMapping
    @Operation(operationId = "getMe", summary = "My account and preferences")
    UserResponse get(CurrentUser caller) {
        return views.of(accounts.get(caller.id()));
    }

    /**
     * Answered from the token: beyond the token check (one read of the account) it costs nothing, so it also
     * measures the framework's ceiling.
     */
    @GetMapping("/token")
    @Operation(operationId = "getMyToken", summary = "What my access token says: user id, role, issue and expiry time")
    TokenInfoResponse token(@AuthenticationPrincipal Jwt token) {
        return new TokenInfoResponse(token.getSubject(), token.getClaimAsString("role"), token.getIssuedAt(),
                token.getExpiresAt());
    }

    @PatchMapping
    @Operation(operationId = "updateMe",
            summary = "Change names, gender, date of birth, email (with current_password; the old address is told) or preferences")
    @ErrorStatus(value = 429, description = "Too many wrong current passwords; retry after Retry-After seconds")
    UserResponse update(CurrentUser caller, @Valid @RequestBody UpdateMeRequest request, HttpServletRequest http) {
        return views.of(accounts.update(caller.id(), request.toChanges(), request.currentPassword(),
                http.getRemoteAddr()));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeMyPassword",
            summary = "Change my password; every refresh token is revoked, so other logins end")
    @ErrorStatus(value = 429, description = "Too many wrong current passwords; retry after Retry-After seconds")
    void changePassword(CurrentUser caller, @Valid @RequestBody ChangePasswordRequest request,
            HttpServletRequest http) {
        accounts.changePassword(caller.id(), request.currentPassword(), request.newPassword(), http.getRemoteAddr());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMe", summary = "Close my account; it can no longer log in")
    void delete(CurrentUser caller) {
        accounts.delete(caller.id());
    }
}
