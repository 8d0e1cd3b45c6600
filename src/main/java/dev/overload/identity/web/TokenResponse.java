package dev.overload.identity.web;

import dev.overload.identity.domain.TokenPair;

record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenResponse from(TokenPair tokens) {
        return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresInSeconds());
    }
}
