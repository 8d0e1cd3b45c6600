package dev.overload.identity.domain;

import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.Emails;
import dev.overload.notifications.OutgoingMail;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the old address when an account's email changes: with a stolen access token, changing the email was the
 * first step of a takeover, and the owner would have heard nothing.
 */
@Component
public class EmailChangeNotices implements EmailComposer {

    public static final String EMAIL_KIND = "email-changed";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Emails emails;

    EmailChangeNotices(JdbcClient jdbc, Emails emails) {
        this.jdbc = jdbc;
        this.emails = emails;
    }

    /** In the transaction of the change: the notice goes out only if the change commits. */
    void changed(UUID userId, String oldEmail, Instant at) {
        UUID id = jdbc.sql("""
                insert into email_change_notices (user_id, old_email, changed_at)
                values (:user, :old, :at) returning id""")
                .param("user", userId).param("old", oldEmail).param("at", java.sql.Timestamp.from(at))
                .query(UUID.class).single();
        emails.queue(EMAIL_KIND, id);
    }

    int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from email_change_notices where changed_at < :cutoff")
                .param("cutoff", java.sql.Timestamp.from(cutoff)).update();
    }

    @Override
    public String kind() {
        return EMAIL_KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID reference) {
        return jdbc.sql("""
                select n.old_email, n.changed_at, u.username
                from email_change_notices n join users u on u.id = n.user_id
                where n.id = :id""")
                .param("id", reference)
                .query((rs, row) -> new OutgoingMail(rs.getString(1), "The email of your Overload account changed",
                        """
                                The email address of the Overload account "%s" was changed from this address to \
                                another one on %s.

                                If you did this, there is nothing to do.

                                If you did not, someone else may be using your account: they had to know its \
                                current password. Ask the administrator of this Overload service for help; password \
                                reset emails now go to the new address.
                                """.formatted(rs.getString(3), WHEN.format(rs.getTimestamp(2).toInstant()))))
                .optional();
    }
}
