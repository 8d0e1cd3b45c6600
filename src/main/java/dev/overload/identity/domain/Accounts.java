package dev.overload.identity.domain;

import dev.overload.shared.paging.SqlFilter;
import dev.overload.identity.AccountClosed;
import dev.overload.identity.Role;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.security.RateLimiter;
import dev.overload.shared.units.HeightUnit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's own profile, password and closing; and what administrators do with accounts. */
@Service
public class Accounts {

    static final BigDecimal MIN_HEIGHT_CM = new BigDecimal("50");
    static final BigDecimal MAX_HEIGHT_CM = new BigDecimal("300");

    private static final Map<String, String> SORTABLE = Map.of(
            "created_at", "createdAt", "username", "username", "last_login", "lastLogin");

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final RateLimiter rateLimiter;
    private final IdentityProperties properties;
    private final EmailChangeNotices emailChanges;
    private final Clock clock;

    Accounts(UserRepository users, RefreshTokenRepository refreshTokens, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, RateLimiter rateLimiter, IdentityProperties properties,
            EmailChangeNotices emailChanges, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.emailChanges = emailChanges;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public User get(UUID userId) {
        return active(userId);
    }

    /**
     * A new email needs the current password (for accounts that have one): with a stolen access token it would
     * otherwise be the first step of a takeover. Wrong current passwords are limited like failed logins, and the
     * old address is told.
     */
    @Transactional
    public User update(UUID userId, ProfileChanges changes, String currentPassword, String clientIp) {
        User user = active(userId);
        user.rename(apply(changes.firstName(), user.getFirstName()), apply(changes.lastName(), user.getLastName()));
        user.describe(apply(changes.gender(), user.getGender()), apply(changes.dateOfBirth(), user.getDateOfBirth()));
        user.prefer(required(changes.weightUnit(), user.getWeightUnit(), "weight_unit"),
                required(changes.heightUnit(), user.getHeightUnit(), "height_unit"),
                required(changes.theme(), user.getTheme(), "theme"));
        if (changes.height() != null) {
            user.measure(heightCm(changes.height().orElse(null), user.getHeightUnit()));
        }
        user.scheduleIn(required(changes.timeZone(), user.getTimeZone(), "time_zone"),
                required(changes.emailReminders(), user.getEmailReminders(), "email_reminders"));
        String email = required(changes.email(), user.getEmail(), "email");
        if (email != null && !email.equals(user.getEmail())) {
            // Only the case of one's own email changing is no conflict with oneself.
            boolean anotherAddress = !email.equalsIgnoreCase(String.valueOf(user.getEmail()));
            if (anotherAddress) {
                requireCurrentPassword(user, currentPassword, clientIp, "is required to change the email");
            }
            if (anotherAddress && users.emailTaken(email)) {
                throw new ConflictException("An account with this email already exists");
            }
            String oldEmail = user.getEmail();
            user.changeEmail(email);
            if (anotherAddress && oldEmail != null) {
                emailChanges.changed(userId, oldEmail, clock.instant());
            }
        }
        return user;
    }

    /**
     * Changing the password ends every login, this one too: all refresh tokens are revoked and every access
     * token issued before stops working.
     */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword, String clientIp) {
        User user = active(userId);
        if (user.getPasswordHash() == null) {
            throw new InvalidFieldException("current_password", "is not the current password");
        }
        requireCurrentPassword(user, currentPassword, clientIp, "is required");
        user.changePassword(passwordEncoder.encode(newPassword));
        endEveryLogin(userId, clock.instant());
    }

    /** Like demoting, closing the last administrator's account would leave nobody to administer. */
    @Transactional
    public void delete(UUID userId) {
        User user = active(userId);
        if (user.getRole() == Role.ADMIN && users.countActiveAdmins() <= 1) {
            throw new ConflictException("The last administrator cannot close their account");
        }
        Instant now = clock.instant();
        user.delete(now);
        endEveryLogin(userId, now);
        events.publishEvent(new AccountClosed(userId));
    }

    @Transactional(readOnly = true)
    public ResultPage<User> list(UserQuery query, PageParams page) {
        Specification<User> filter = Specification.unrestricted();
        if (query.role() != null) {
            filter = filter.and((user, q, cb) -> cb.equal(user.get("role"), query.role()));
        }
        if (query.search() != null && !query.search().isBlank()) {
            String pattern = "%" + SqlFilter.likeEscaped(query.search().toLowerCase(Locale.ROOT)) + "%";
            filter = filter.and((user, q, cb) -> cb.or(
                    cb.like(cb.lower(user.get("username")), pattern, SqlFilter.LIKE_ESCAPE),
                    cb.like(cb.lower(user.get("email")), pattern, SqlFilter.LIKE_ESCAPE)));
        }
        return ResultPage.of(users.findAll(filter, page.pageable(SORTABLE, Sort.by("createdAt", "id"))));
    }

    /**
     * The last active administrator cannot be demoted, or nobody could administer the service. A new role ends
     * the access tokens issued before it.
     */
    @Transactional
    public User changeRole(UUID userId, Role role) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User"));
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN && !user.isDeleted()
                && users.countActiveAdmins() <= 1) {
            throw new ConflictException("The last administrator cannot be demoted");
        }
        if (user.changeRole(role)) {
            // A token names its role: those issued before stop, and the next one (after a refresh) has the new role.
            users.endAccessTokens(userId);
        }
        return user;
    }

    /** Sets how many AI plan suggestions the account may still ask for (closed accounts too, harmlessly). */
    @Transactional
    public User allowAiSuggestions(UUID userId, int remaining) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User"));
        user.allowAiSuggestions(remaining);
        return users.saveAndFlush(user);
    }

    /** Wrong current passwords count like failed logins, per account and client and per account. */
    private void requireCurrentPassword(User user, String currentPassword, String clientIp, String whenMissing) {
        if (user.getPasswordHash() == null) {
            return;
        }
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidFieldException("current_password", whenMissing);
        }
        FailureLimits failures = new FailureLimits(rateLimiter, "password-check", properties.rateLimits(),
                user.getId().toString(), clientIp);
        failures.ensureAvailable();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            failures.count();
            throw new InvalidFieldException("current_password", "is not the current password");
        }
    }

    /** Access tokens first: that update locks the account row, as every token issue does before it reads it. */
    private void endEveryLogin(UUID userId, Instant now) {
        users.endAccessTokens(userId);
        refreshTokens.revokeAllOf(userId, now);
    }

    /** A height in the unit given, in centimetres, if it is a human's (50–300 cm). */
    private static BigDecimal heightCm(BigDecimal height, HeightUnit unit) {
        BigDecimal cm = unit.toCentimetres(height);
        if (cm != null && (cm.compareTo(MIN_HEIGHT_CM) < 0 || cm.compareTo(MAX_HEIGHT_CM) > 0)) {
            throw new InvalidFieldException("height", "must be between 50 and 300 cm (19.69 and 118.11 in)");
        }
        return cm;
    }

    private User active(UUID userId) {
        return users.findById(userId).filter(user -> !user.isDeleted())
                .orElseThrow(() -> new NotFoundException("User"));
    }

    private static <T> T apply(Optional<T> change, T current) {
        return change == null ? current : change.orElse(null);
    }

    private static <T> T required(Optional<T> change, T current, String field) {
        if (change == null) {
            return current;
        }
        return change.orElseThrow(() -> new InvalidFieldException(field, "must not be null"));
    }
}
