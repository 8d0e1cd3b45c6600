package dev.overload;

import java.util.UUID;

/** A registered account and, once logged in, its tokens. */
public record TestUser(UUID id, String username, String email, String password, String accessToken,
        String refreshToken, String clientIp) {

    public TestUser withTokens(String newAccessToken, String newRefreshToken) {
        return new TestUser(id, username, email, password, newAccessToken, newRefreshToken, clientIp);
    }
}
