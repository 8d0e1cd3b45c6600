package dev.overload.identity.security;

import dev.overload.identity.domain.AccountSnapshot;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims every access token of ours has, whatever else checks them: an expiry (a token without one would
 * never end), our audience, a user id as subject and the account's token generation.
 */
class RequiredClaims implements OAuth2TokenValidator<Jwt> {

    private final String audience;

    RequiredClaims(String audience) {
        this.audience = audience;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getExpiresAt() == null) {
            return failure("The token has no expiry");
        }
        List<String> audiences = token.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            return failure("The token is not meant for this service");
        }
        if (!(token.getClaims().get(AccountSnapshot.GENERATION_CLAIM) instanceof Number)) {
            return failure("The token has no token generation");
        }
        try {
            UUID.fromString(String.valueOf(token.getSubject()));
        } catch (IllegalArgumentException notAUserId) {
            return failure("The token's subject is no user id");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
