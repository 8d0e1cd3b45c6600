package dev.overload.identity.domain;

import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.OutgoingMail;
import dev.overload.shared.errors.ConflictException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final PasswordTokenEmails tokenEmails;
    private final IdentityProperties properties;
    private final String publicUrl;

    Invitations(UserRepository users, PasswordTokenEmails tokenEmails, IdentityProperties properties,
            @Value("${overload.public-url}") String publicUrl) {
        this.users = users;
        this.tokenEmails = tokenEmails;
        this.properties = properties;
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
        tokenEmails.queue(EMAIL_KIND, user.getId(), VALIDITY);
        return user.getId();
    }

    @Override
    public String kind() {
        return EMAIL_KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID reference) {
        return tokenEmails.compose(reference, (user, token, invitation) -> email(user, token));
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
