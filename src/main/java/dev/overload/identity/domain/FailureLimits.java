package dev.overload.identity.domain;

import dev.overload.shared.security.RateLimiter;

/**
 * Failed attempts at a secret (a password at login, the current password before a change), limited twice: per
 * subject and client, so strangers cannot lock the owner out of their own address, and per subject from anywhere,
 * much higher, against guessing spread over many addresses.
 */
record FailureLimits(RateLimiter rateLimiter, String scope, IdentityProperties.RateLimits limits, String subject,
        String clientIp) {

    /** Fails with 429 when either limit is used up; takes nothing. */
    void ensureAvailable() {
        rateLimiter.ensureAvailable(scope + "-client", limits.loginFailuresPerClient(), subject + '\u0000' + clientIp);
        rateLimiter.ensureAvailable(scope + "-subject", limits.loginFailuresPerAccount(), subject);
    }

    /** One more failure on both. */
    void count() {
        rateLimiter.record(scope + "-client", limits.loginFailuresPerClient(), subject + '\u0000' + clientIp);
        rateLimiter.record(scope + "-subject", limits.loginFailuresPerAccount(), subject);
    }
}
