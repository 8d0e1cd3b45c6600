package dev.overload.identity.web;

import java.time.Instant;

record TokenInfoResponse(String userId, String role, Instant issuedAt, Instant expiresAt) {
}
