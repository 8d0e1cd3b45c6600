package dev.overload.identity.security;

import dev.overload.identity.domain.AccountSnapshot;
import dev.overload.identity.domain.AccountSnapshots;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Admits a well-signed, unexpired token only while its account is open and still at the token generation the
 * token carries: a role change, closing the account, logging out or a new password move the generation on, and
 * the tokens issued before stop with the next request, on whichever instance it lands. One read of the account
 * per request, which also gives the request the caller's role and units.
 */
class AccountTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccountSnapshots accounts;

    AccountTokenConverter(AccountSnapshots accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        // The decoder has checked that the subject is a UUID and the generation a number.
        UUID userId = UUID.fromString(token.getSubject());
        long generation = ((Number) token.getClaims().get(AccountSnapshot.GENERATION_CLAIM)).longValue();
        AccountSnapshot account = accounts.current(userId).filter(candidate -> candidate.admits(generation))
                .orElseThrow(() -> new InvalidBearerTokenException("The token has been revoked"));
        return new AccountAuthentication(token, account);
    }
}
