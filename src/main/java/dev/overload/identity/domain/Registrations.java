package dev.overload.identity.domain;

import dev.overload.identity.Role;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.security.RateLimiter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening accounts: by registration, at a first Telegram login, and the bootstrap administrator. */
@Service
public class Registrations {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,50}");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;
    private final IdentityProperties properties;

    Registrations(UserRepository users, PasswordEncoder passwordEncoder, RateLimiter rateLimiter,
            IdentityProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
    }

    @Transactional
    public User register(Registration registration, String clientIp) {
        IdentityProperties.RateLimits limits = properties.rateLimits();
        rateLimiter.consume("register-ip", limits.registerPerIp(), clientIp);
        rateLimiter.consume("register-account", limits.registerPerAccount(),
                registration.email().toLowerCase(Locale.ROOT));
        return create(registration, Role.USER);
    }

    @Transactional
    User createAdministrator(Registration registration) {
        return create(registration, Role.ADMIN);
    }

    /** A Telegram user gets their Telegram username when it is free and valid here, else {@code tg_<id>}. */
    User fromTelegram(TelegramLogin login) {
        String username = login.username();
        if (username == null || !USERNAME.matcher(username).matches() || users.usernameTaken(username)) {
            username = "tg_" + login.id();
            while (users.usernameTaken(username)) {
                username = "tg_" + login.id() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
            }
        }
        return users.save(User.fromTelegram(username, login.id(), login.firstName(), login.lastName(),
                properties.initialAiSuggestions()));
    }

    private User create(Registration registration, Role role) {
        if (users.usernameTaken(registration.username())) {
            throw new ConflictException("The username is already taken");
        }
        if (users.emailTaken(registration.email())) {
            throw new ConflictException("An account with this email already exists");
        }
        return users.save(User.withPassword(registration.username(), registration.email(),
                passwordEncoder.encode(registration.password()), role, registration.firstName(),
                registration.lastName(), properties.initialAiSuggestions()));
    }
}
