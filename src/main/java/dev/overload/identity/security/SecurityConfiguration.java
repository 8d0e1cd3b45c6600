package dev.overload.identity.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.overload.identity.domain.AccountSnapshots;
import dev.overload.identity.domain.IdentityProperties;
import dev.overload.shared.DataDirectory;
import dev.overload.shared.errors.ApiException;
import dev.overload.shared.security.PublicEndpoints;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Stateless bearer-token security: RS256 access tokens signed and verified with the service's own key; the
 * endpoints modules declare public; role checks on the methods that need them ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /** Identity's own: authentication and the keys that verify its tokens. */
    @Bean
    PublicEndpoints authenticationEndpoints() {
        return PublicEndpoints.paths("/api/auth/**").and(PublicEndpoints.reads("/.well-known/jwks.json"));
    }

    /** Every module's public endpoints (see {@link PublicEndpoints}); the rest needs a bearer token. */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver,
            AccountSnapshots accounts) throws Exception {
        RequestMatcher anyPublic = new OrRequestMatcher(
                publicEndpoints.stream().flatMap(endpoints -> endpoints.matchers().stream()).toList());
        ProblemSecurityHandler problems = new ProblemSecurityHandler(exceptionResolver);
        AccountTokenConverter authentication = new AccountTokenConverter(accounts);

        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(anyPublic).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BearerTokenHeader(anyPublic))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * Spring's strict firewall, with its header rule (every name and value made of assigned, non-control
     * characters) checked by a loop: the default's regular expression ran on every header read of every request.
     */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
        return firewall;
    }

    static boolean assignedAndNotControl(String text) {
        return text.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isISOControl(c));
    }

    /**
     * Requests the firewall refuses (an encoded percent or slash in the path, a malformed header) get the same
     * problem+json 400 as every other error, instead of an empty answer.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
        return (request, response, rejected) -> exceptionResolver.resolveException(request, response, null,
                new RejectedRequest());
    }

    /** What the firewall refused: the URL or a header has characters no request of ours needs. */
    static final class RejectedRequest extends ApiException {

        RejectedRequest() {
            super(HttpStatus.BAD_REQUEST, "The request's URL or headers contain characters that are not allowed");
        }
    }

    @Bean
    RSAKey signingKey(IdentityProperties properties, DataDirectory dataDirectory) {
        return SigningKeys.load(properties.signingKey(), dataDirectory);
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
    }

    /**
     * Only RS256 with our key; expiry (required) checked against the application clock, issuer and audience. The
     * signature of a token is checked once, its claims on every request; whether its account still admits it is
     * checked after, by {@link AccountTokenConverter}.
     */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, IdentityProperties properties, Clock clock) throws JOSEException {
        NimbusJwtDecoder signatureChecking = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        signatureChecking.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        return new VerifiedTokenCache(signatureChecking, new DelegatingOAuth2TokenValidator<>(
                new RequiredClaims(properties.audience()), timestamps, new JwtIssuerValidator(properties.issuer())),
                properties.accessTokenTtl().plus(CLOCK_SKEW));
    }

    /**
     * Argon2id (bcrypt would silently need passwords under 72 bytes; ours may have 128 characters), behind a
     * delegating encoder so stored hashes name their algorithm and can be upgraded later.
     */
    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        IdentityProperties.PasswordHashing cost = properties.passwordHashing();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
                new Argon2PasswordEncoder(16, 32, 1, cost.memoryKib(), cost.iterations())));
    }
}
