package dev.overload.identity.security;

import dev.overload.identity.domain.AccountSnapshots;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Rejects a well-signed token whose account has been deleted since it was issued. */
class ActiveAccountValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error INACTIVE = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The account of this token no longer exists", null);

    private final AccountSnapshots accountSnapshots;

    ActiveAccountValidator(AccountSnapshots accountSnapshots) {
        this.accountSnapshots = accountSnapshots;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        try {
            return accountSnapshots.isActive(UUID.fromString(token.getSubject()))
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(INACTIVE);
        } catch (IllegalArgumentException | NullPointerException notAUserId) {
            return OAuth2TokenValidatorResult.failure(INACTIVE);
        }
    }
}
