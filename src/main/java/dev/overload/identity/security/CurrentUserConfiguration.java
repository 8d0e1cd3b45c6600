package dev.overload.identity.security;

import dev.overload.identity.domain.AccessGrantsService;
import dev.overload.identity.domain.AccountSnapshots;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CurrentUserConfiguration implements WebMvcConfigurer {

    private final ActingUsers acting;

    CurrentUserConfiguration(AccountSnapshots accounts, AccessGrantsService grants) {
        this.acting = new ActingUsers(grants, accounts);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver(acting));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(acting);
    }
}
