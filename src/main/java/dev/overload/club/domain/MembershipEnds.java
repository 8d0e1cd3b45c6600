package dev.overload.club.domain;

import dev.overload.identity.Users;
import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.Emails;
import dev.overload.notifications.Notifications;
import dev.overload.notifications.OutgoingMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily membership job's work, on the injected clock's UTC date: clients whose membership ended before
 * today become INACTIVE, and clients whose membership ends within the next {@value #NOTICE_DAYS} days are
 * told once per end date, in the app and by email. Both are conditional updates, so running twice (or on two instances) changes and
 * sends nothing more.
 */
@Service
public class MembershipEnds implements EmailComposer {

    public static final String EMAIL_KIND = "membership-ending";
    static final String NOTIFICATION_KIND = "MEMBERSHIP_ENDING";
    static final int NOTICE_DAYS = 7;

    private final JdbcClient jdbc;
    private final Emails emails;
    private final Users users;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MembershipEnds(JdbcClient jdbc, Emails emails, Users users, Notifications notifications,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.emails = emails;
        this.users = users;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What one run did: how many memberships it ended, and the clients it queued a notice for. */
    public record Run(int deactivated, List<UUID> noticed) {
    }

    @Transactional
    public Run run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int deactivated = jdbc.sql("""
                update club_clients set status = 'INACTIVE', updated_at = :now, version = version + 1
                where deleted_at is null and status <> 'INACTIVE' and membership_ends_on < :today""")
                .param("now", Timestamp.from(clock.instant())).param("today", today).update();
        List<Ending> noticed = jdbc.sql("""
                update club_clients c set ending_notice_sent_for = c.membership_ends_on
                from club_memberships m
                where m.id = c.membership_id and c.deleted_at is null and c.status <> 'INACTIVE'
                  and c.membership_ends_on between :today and :last
                  and c.ending_notice_sent_for is distinct from c.membership_ends_on
                returning c.id, c.user_id, c.first_name, c.membership_ends_on, m.access_level""")
                .param("today", today).param("last", today.plusDays(NOTICE_DAYS))
                .query(Ending::of)
                .list();
        for (Ending ending : noticed) {
            emails.queue(EMAIL_KIND, ending.clientId());
            notifications.post(ending.userId(), NOTIFICATION_KIND, subject(ending), text(ending));
        }
        return new Run(deactivated, noticed.stream().map(Ending::clientId).toList());
    }

    @Override
    public String kind() {
        return EMAIL_KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID clientId) {
        return transaction.execute(status -> jdbc.sql("""
                select c.id, c.user_id, c.first_name, c.membership_ends_on, m.access_level
                from club_clients c join club_memberships m on m.id = c.membership_id
                where c.id = :id and c.deleted_at is null and c.status <> 'INACTIVE'""")
                .param("id", clientId)
                .query(Ending::of)
                .optional()
                .flatMap(ending -> users.contact(ending.userId())
                        .filter(contact -> contact.email() != null)
                        .map(contact -> new OutgoingMail(contact.email(), subject(ending),
                                "Hello " + ending.firstName() + ",\n\n" + text(ending) + "\n"))));
    }

    private static String subject(Ending ending) {
        return "Your membership ends on " + ending.endsOn();
    }

    private static String text(Ending ending) {
        return "Your " + ending.level() + " membership of the club ends on " + ending.endsOn() + ". Talk to the club "
                + "to renew it; after that date your client account becomes inactive.";
    }

    /** Read from the columns client id, user id, first name, membership end, access level. */
    private record Ending(UUID clientId, UUID userId, String firstName, LocalDate endsOn, String level) {

        static Ending of(ResultSet rs, int rowNum) throws SQLException {
            return new Ending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getObject(4, LocalDate.class), rs.getString(5));
        }
    }
}
