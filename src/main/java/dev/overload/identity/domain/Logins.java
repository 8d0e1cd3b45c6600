package dev.overload.identity.domain;

import dev.overload.shared.security.SecretTokens;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.security.RateLimiter;
import dev.overload.shared.errors.UnauthorizedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging in (password or Telegram), refreshing and logging out. */
@Service
public class Logins {

    private static final String BAD_CREDENTIALS = "Invalid username, email or password";
    private static final String BAD_REFRESH_TOKEN = "Invalid, expired or revoked refresh token";

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final TokenIssuer tokenIssuer;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;
    private final IdentityProperties properties;
    private final Registrations registrations;
    private final Clock clock;
    /** Compared against when no account can log in with a password, so every failure takes as long. */
    private final String unusedHash;

    Logins(UserRepository users, RefreshTokenRepository refreshTokens, TokenIssuer tokenIssuer,
            PasswordEncoder passwordEncoder, RateLimiter rateLimiter, IdentityProperties properties,
            Registrations registrations, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.tokenIssuer = tokenIssuer;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.registrations = registrations;
        this.clock = clock;
        this.unusedHash = passwordEncoder.encode(SecretTokens.generate());
    }

    /**
     * {@code identifier} is a username, or an email when {@code byEmail}. Failures are counted per name as given
     * (whatever its case) and client, and per name from anywhere; never per account, or a limit reached by
     * username would answer 429 for the email too and tell that both name the same account.
     */
    @Transactional
    public TokenPair logIn(String identifier, boolean byEmail, String password, String clientIp) {
        IdentityProperties.RateLimits limits = properties.rateLimits();
        rateLimiter.consume("login-ip", limits.loginPerIp(), clientIp);
        String name = identifier.toLowerCase(Locale.ROOT);
        FailureLimits failures = new FailureLimits(rateLimiter, "login", limits, name, clientIp);
        failures.ensureAvailable();

        Optional<User> found = byEmail ? users.findByEmail(identifier) : users.findByUsername(identifier);
        Optional<User> candidate = found.filter(User::canLogInWithPassword);
        Optional<User> authenticated = candidate
                .filter(user -> passwordEncoder.matches(password, user.getPasswordHash()));
        if (authenticated.isEmpty()) {
            if (candidate.isEmpty()) {
                passwordEncoder.matches(password, unusedHash);
            }
            failures.count();
            throw new UnauthorizedException(BAD_CREDENTIALS);
        }
        return startSession(authenticated.get());
    }

    @Transactional
    public TokenPair logInWithTelegram(TelegramLogin login, String clientIp) {
        String botToken = properties.telegramBotToken();
        if (botToken == null || botToken.isBlank()) {
            throw new NotFoundException("Telegram login");
        }
        rateLimiter.consume("login-ip", properties.rateLimits().loginPerIp(), clientIp);
        if (!TelegramSignature.isValid(login, botToken, clock.instant(), properties.telegramMaxAuthAge())) {
            throw new UnauthorizedException("The Telegram login data is forged or too old");
        }
        User user = users.findByTelegramId(login.id()).orElseGet(() -> registrations.fromTelegram(login));
        if (user.isDeleted()) {
            throw new UnauthorizedException("This account has been deleted");
        }
        return startSession(user);
    }

    /**
     * Spends the refresh token and issues the next pair. A spent token presented again means it was copied: its
     * whole family is revoked with every access token of the account, and that must commit even though the
     * request fails. Within the grace period after it was spent, the same token may be presented again (a
     * client that sent it twice at once, or lost the answer) and gets a pair of its own in the same family.
     * The account row is locked first, as everything that ends tokens locks it, so a refresh and a password
     * change or logout never interleave.
     */
    @Transactional(noRollbackFor = UnauthorizedException.class)
    public TokenPair refresh(String refreshToken) {
        String hash = SecretTokens.hash(refreshToken);
        UUID userId = refreshTokens.ownerOf(hash).orElseThrow(() -> new UnauthorizedException(BAD_REFRESH_TOKEN));
        User user = users.findForTokenIssue(userId).filter(candidate -> !candidate.isDeleted())
                .orElseThrow(() -> new UnauthorizedException(BAD_REFRESH_TOKEN));
        RefreshToken token = refreshTokens.findByTokenHash(hash)
                .orElseThrow(() -> new UnauthorizedException(BAD_REFRESH_TOKEN));
        Instant now = clock.instant();
        if (token.isRevoked() || token.isExpired(now)) {
            throw new UnauthorizedException(BAD_REFRESH_TOKEN);
        }
        if (token.isSpent()) {
            if (token.spentWithin(properties.refreshReuseGrace(), now)) {
                return tokenIssuer.issue(user, token.familyId());
            }
            refreshTokens.revokeFamily(token.familyId(), now);
            users.endAccessTokens(userId);
            throw new UnauthorizedException(BAD_REFRESH_TOKEN);
        }
        if (refreshTokens.spend(token.getId(), now) == 0) {
            throw new UnauthorizedException(BAD_REFRESH_TOKEN);
        }
        return tokenIssuer.issue(user, token.familyId());
    }

    /**
     * Ends the login the refresh token belongs to, and every access token of the account issued before (other
     * logins get a new one with their refresh token); unknown tokens are ignored.
     */
    @Transactional
    public void logOut(String refreshToken) {
        refreshTokens.findByTokenHash(SecretTokens.hash(refreshToken)).ifPresent(token -> {
            users.endAccessTokens(token.userId());
            refreshTokens.revokeFamily(token.familyId(), clock.instant());
        });
    }

    private TokenPair startSession(User user) {
        users.recordLogin(user.getId(), clock.instant());
        return tokenIssuer.issue(user, UUID.randomUUID());
    }
}
