package dev.overload.identity.domain;

/** What a successful login or refresh hands out: a short-lived access token and its refresh token. */
public record TokenPair(String accessToken, String refreshToken, long expiresInSeconds) {
}
