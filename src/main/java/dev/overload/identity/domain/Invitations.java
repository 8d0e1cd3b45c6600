package dev.overload.identity.domain;

import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.Emails;
import dev.overload.notifications.OutgoingMail;
import dev.overload.shared.errors.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts opened for someone else (a club's new client): no password, and an email through the outbox with
 * a single-use link to set one, valid for a week. The link is a password-reset token, so setting the password
 * is the reset confirmation everyone already has.
 */
@Service
public class Invitations implements EmailComposer {

    public static final String EMAIL_KIND = "account-invitation";
    static final Duration VALIDITY = Duration.ofDays(7);

    private final UserRepository users;
    private final PasswordResetTokenRepository tokens;
    private final Emails emails;
    private final IdentityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;

    Invitations(UserRepository users, PasswordResetTokenRepository tokens, Emails emails,
            IdentityProperties properties, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${overload.public-url}") String publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.emails = emails;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Opens the account (409 when the email has one) and queues its invitation with the caller's transaction. */
    @Transactional
    public UUID invite(String email, String firstName, String lastName) {
        if (users.emailTaken(email)) {
            throw new ConflictException("An account with this email already exists");
        }
        User user = users.save(User.invited(usernameFor(email), email, firstName, lastName,
                properties.initialAiSuggestions()));
        emails.queue(EMAIL_KIND, tokens.save(new PasswordResetToken(user.getId(),
                clock.instant().plus(VALIDITY))).getId());
        return user.getId();
    }

    @Override
    public String kind() {
        return EMAIL_KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID reference) {
        Instant now = clock.instant();
        return transaction.execute(status -> tokens.findById(reference).flatMap(invitation -> users
                .findById(invitation.userId())
                .filter(user -> !user.isDeleted() && user.getEmail() != null)
                .flatMap(user -> Optional.ofNullable(invitation.issue(now)).map(token -> email(user, token)))));
    }

    private OutgoingMail email(User user, String token) {
        String text = """
                Your fitness club has opened an Overload account for you: your username is "%s".

                Set your password with this token; it works once, for 7 days:

                  POST %s/api/auth/password-reset/confirm
                  {"token": "%s", "new_password": "<your new password>"}

                Then log in with your username and that password.
                """.formatted(user.getUsername(), publicUrl, token);
        return new OutgoingMail(user.getEmail(), "Your Overload account: set your password", text);
    }

    /** The email's local part made a valid username, with a number added while it is taken. */
    private String usernameFor(String email) {
        String base = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]", "");
        base = base.length() < 3 ? "member" + base : base.length() > 40 ? base.substring(0, 40) : base;
        String username = base;
        while (users.usernameTaken(username)) {
            username = base + ThreadLocalRandom.current().nextInt(1000, 100000);
        }
        return username;
    }
}
