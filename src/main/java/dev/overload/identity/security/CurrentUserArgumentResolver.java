package dev.overload.identity.security;

import dev.overload.identity.domain.AccountSnapshot;
import dev.overload.identity.domain.AccountSnapshots;
import dev.overload.shared.CurrentUser;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers of every module take the caller as a {@link CurrentUser} parameter: the token's subject
 * and role, and the account's units and time zone from the snapshot the token check has just loaded; or the
 * owner the caller acts for ({@link ActingUsers}).
 */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final AccountSnapshots accounts;
    private final ActingUsers acting;

    CurrentUserArgumentResolver(AccountSnapshots accounts, ActingUsers acting) {
        this.accounts = accounts;
        this.acting = acting;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
            throw new AuthenticationCredentialsNotFoundException("No bearer token");
        }
        UUID userId = UUID.fromString(token.getSubject());
        AccountSnapshot account = accounts.snapshot(userId);
        return acting.resolve(new CurrentUser(userId, token.getClaimAsString("role"), account.weightUnit(),
                account.heightUnit(), account.zone(), null), parameter, request);
    }
}
