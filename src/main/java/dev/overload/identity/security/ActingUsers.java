package dev.overload.identity.security;

import dev.overload.identity.domain.AccessGrantsService;
import dev.overload.identity.domain.AccountSnapshot;
import dev.overload.identity.domain.AccountSnapshots;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.contract.OwnAccountOnly;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The header {@code Act-As-User}: a caller with the owner's grant is resolved as the owner (their id, units and
 * time zone, a plain user's role) and remembered as {@code actedBy}; without a grant the owner's data does not
 * exist for them (404), as for anyone else. After the request, each write made this way is logged for the
 * owner with its status.
 */
class ActingUsers implements HandlerInterceptor {

    private static final String ACTED = ActingUsers.class.getName() + ".acted";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AccessGrantsService grants;
    private final AccountSnapshots accounts;

    ActingUsers(AccessGrantsService grants, AccountSnapshots accounts) {
        this.grants = grants;
        this.accounts = accounts;
    }

    /** The caller, or the owner they act for when the request names one. */
    CurrentUser resolve(CurrentUser caller, MethodParameter parameter, NativeWebRequest request) {
        String header = request.getHeader(OwnAccountOnly.ACT_AS_USER);
        if (header == null) {
            return caller;
        }
        if (parameter.getContainingClass().isAnnotationPresent(OwnAccountOnly.class)) {
            throw new InvalidFieldException(OwnAccountOnly.ACT_AS_USER, "is not accepted here: this endpoint only "
                    + "ever concerns the caller");
        }
        UUID ownerId = ownerId(header);
        if (ownerId == null || !grants.mayActFor(caller.id(), ownerId)) {
            throw new NotFoundException("User " + header);
        }
        AccountSnapshot owner = accounts.current(ownerId).filter(AccountSnapshot::active)
                .orElseThrow(() -> new NotFoundException("User " + header));
        CurrentUser acted = new CurrentUser(ownerId, "USER", owner.weightUnit(), owner.heightUnit(), owner.zone(),
                caller.id());
        request.setAttribute(ACTED, acted, RequestAttributes.SCOPE_REQUEST);
        return acted;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception exception) {
        if (request.getAttribute(ACTED) instanceof CurrentUser acted && acted.actedBy() != null
                && handler instanceof HandlerMethod && !READS.contains(request.getMethod())
                && response.getStatus() < 300) {
            grants.logWrite(acted.id(), acted.actedBy(), request.getMethod(), request.getRequestURI(),
                    response.getStatus());
        }
    }

    private static @Nullable UUID ownerId(String header) {
        try {
            return UUID.fromString(header.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
