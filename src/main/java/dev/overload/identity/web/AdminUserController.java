package dev.overload.identity.web;

import dev.overload.identity.Role;
import dev.overload.identity.domain.Accounts;
import dev.overload.identity.domain.UserQuery;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/api/admin/users")
@Tag(name = "Administration", description = "Accounts as administrators see them, and roles")
class AdminUserController {

    private final Accounts accounts;

    AdminUserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(operationId = "listUsers",
            summary = "All accounts, deleted ones included; sort by created_at, username or last_login")
    ResponseEntity<List<AdminUserResponse>> list(@RequestParam(required = false) @Size(max = 100) String search,
            @RequestParam(required = false) Role role, @Valid @ParameterObject PageParams page) {
        return accounts.list(new UserQuery(search, role), page).map(AdminUserResponse::from).toResponse();
    }

    @PutMapping("/{id}/role")
    @Operation(operationId = "changeUserRole", summary = "Make an account a USER, TRAINER or ADMIN")
    AdminUserResponse changeRole(@PathVariable UUID id, @Valid @RequestBody ChangeRoleRequest request) {
        return AdminUserResponse.from(accounts.changeRole(id, request.role()));
    }

    @PutMapping("/{id}/ai-suggestions")
    @Operation(operationId = "setUserAiSuggestions",
            summary = "Set how many AI plan suggestions the account may still ask for (the coach's quota)")
    AdminUserResponse setAiSuggestions(@PathVariable UUID id, @Valid @RequestBody AiSuggestionsRequest request) {
        return AdminUserResponse.from(accounts.allowAiSuggestions(id, request.aiSuggestionsRemaining()));
    }
}
