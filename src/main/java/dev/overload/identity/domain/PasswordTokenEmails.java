package dev.overload.identity.domain;

import dev.overload.notifications.Emails;
import dev.overload.notifications.OutgoingMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The emails that carry a token to set a password (a reset, an invitation): asking stores a request and queues
 * its email with the caller's transaction; the token is made, and only its hash stored, when the email is
 * written, so no usable token is stored or queued in clear.
 */
@Component
class PasswordTokenEmails {

    /** Writes the email of a live account with an email address, given the token just made for it. */
    interface Writer {
        OutgoingMail write(User user, String token, PasswordResetToken request);
    }

    private final UserRepository users;
    private final PasswordResetTokenRepository tokens;
    private final Emails emails;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PasswordTokenEmails(UserRepository users, PasswordResetTokenRepository tokens, Emails emails,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.emails = emails;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Queues an email of {@code kind} for a new request of the user's, usable for {@code validity}. */
    void queue(String kind, UUID userId, Duration validity) {
        emails.queue(kind, tokens.save(new PasswordResetToken(userId, clock.instant().plus(validity))).getId());
    }

    /**
     * The request's email with a new token, committed before the email can go out; empty once the request is
     * spent or expired, or the account is gone or has no email.
     */
    Optional<OutgoingMail> compose(UUID requestId, Writer writer) {
        Instant now = clock.instant();
        return transaction.execute(status -> tokens.findById(requestId).flatMap(request -> users
                .findById(request.userId())
                .filter(user -> !user.isDeleted() && user.getEmail() != null)
                .flatMap(user -> Optional.ofNullable(request.issue(now))
                        .map(token -> writer.write(user, token, request)))));
    }
}
