package dev.overload.identity.security;

import dev.overload.identity.domain.AccountSnapshot;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * An access token whose account still admits it, with the account as it is now: its role (from the database,
 * not the token) is the authority, and the rest of the snapshot serves the request without another read.
 */
class AccountAuthentication extends JwtAuthenticationToken {

    private final AccountSnapshot account;

    AccountAuthentication(Jwt token, AccountSnapshot account) {
        super(token, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())), token.getSubject());
        this.account = account;
    }

    AccountSnapshot account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
