package dev.overload.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks a token's RSA signature once and remembers the result while the token lives: a client sends the
 * same token with every request for 15 minutes, and the signature check was a fifth of the service's CPU
 * under load. The claims (expiry, issuer, the account still existing) are validated on every request.
 */
class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder signatureChecking;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /** {@code signatureChecking} only parses and verifies; {@code validator} checks the claims each time. */
    VerifiedTokenCache(JwtDecoder signatureChecking, OAuth2TokenValidator<Jwt> validator, Duration tokenLifetime) {
        this.signatureChecking = signatureChecking;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(tokenLifetime)
                .maximumSize(20_000)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, signatureChecking::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("The token is not valid", result.getErrors());
        }
        return jwt;
    }
}
