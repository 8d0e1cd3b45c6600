package dev.overload.identity.domain;

import dev.overload.shared.security.SecretTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues a token pair for a user: an RS256 JWT ({@code sub} = user id, {@code aud}, {@code role}, {@code gen}
 * the account's token generation) and a new refresh token in the given family, stored as a hash.
 */
@Component
class TokenIssuer {

    private final JwtEncoder jwtEncoder;
    private final RefreshTokenRepository refreshTokens;
    private final IdentityProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder jwtEncoder, RefreshTokenRepository refreshTokens, IdentityProperties properties,
            Clock clock) {
        this.jwtEncoder = jwtEncoder;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.clock = clock;
    }

    TokenPair issue(User user, UUID familyId) {
        Instant now = clock.instant();
        String refreshToken = SecretTokens.generate();
        refreshTokens.save(new RefreshToken(user.getId(), familyId, SecretTokens.hash(refreshToken),
                now.plus(properties.refreshTokenTtl())));
        return new TokenPair(accessToken(user, now), refreshToken, properties.accessTokenTtl().toSeconds());
    }

    private String accessToken(User user, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .subject(user.getId().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim("role", user.getRole().name())
                .claim(AccountSnapshot.GENERATION_CLAIM, user.tokenGeneration())
                .claim("preferred_username", user.getUsername())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        return jwtEncoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
