package dev.overload.identity.web;

import dev.overload.identity.domain.TokenPair;

/** The web app's half of a token pair: the refresh token went into a cookie. */
record WebTokenResponse(String accessToken, String tokenType, long expiresIn) {

    static WebTokenResponse from(TokenPair tokens) {
        return new WebTokenResponse(tokens.accessToken(), "Bearer", tokens.expiresInSeconds());
    }
}
