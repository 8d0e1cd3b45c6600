package dev.overload.identity.security;

import dev.overload.identity.domain.AccountSnapshot;
import dev.overload.shared.CurrentUser;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers of every module take the caller as a {@link CurrentUser} parameter: the token's subject, and
 * the role, units and time zone of the account as the token check has just read it; or the owner the caller acts
 * for ({@link ActingUsers}).
 */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final ActingUsers acting;

    CurrentUserArgumentResolver(ActingUsers acting) {
        this.acting = acting;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AccountAuthentication caller)) {
            throw new AuthenticationCredentialsNotFoundException("No bearer token");
        }
        AccountSnapshot account = caller.account();
        return acting.resolve(new CurrentUser(UUID.fromString(caller.getToken().getSubject()),
                account.role().name(), account.weightUnit(), account.heightUnit(), account.zone(), null), parameter,
                request);
    }
}
