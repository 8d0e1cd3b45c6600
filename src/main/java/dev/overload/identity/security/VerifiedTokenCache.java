package dev.overload.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks a token's RSA signature once and remembers the result while the token lives: a client sends the
 * same token with every request for 15 minutes, and the signature check was a fifth of the service's CPU
 * under load. The claims (expiry, issuer, audience) are validated on every request. Only the exact string
 * issued is accepted: base64url has several spellings of the same bytes (characters appended to the
 * signature, other bits in its last character), and each would otherwise authenticate, and be cached, as a
 * token of its own.
 */
class VerifiedTokenCache implements JwtDecoder {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

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
        // A cached token was canonical when first seen: the check runs once per token, not per request.
        Jwt jwt = verified.get(token, this::verify);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("The token is not valid", result.getErrors());
        }
        return jwt;
    }

    private Jwt verify(String token) {
        if (!isCanonical(token)) {
            throw new BadJwtException("The token is not in the compact form it was issued in");
        }
        return signatureChecking.decode(token);
    }

    /** Three base64url segments without padding, each the one spelling of its bytes. */
    static boolean isCanonical(String token) {
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return false;
        }
        for (String segment : segments) {
            if (segment.isEmpty() || !BASE64URL.matcher(segment).matches()) {
                return false;
            }
            try {
                if (!ENCODER.encodeToString(DECODER.decode(segment)).equals(segment)) {
                    return false;
                }
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
        }
        return true;
    }
}
