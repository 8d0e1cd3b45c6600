package dev.overload.club.domain;

import dev.overload.identity.Users;
import dev.overload.notifications.EmailComposer;
import dev.overload.notifications.Emails;
import dev.overload.notifications.OutgoingMail;
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
 * emailed once per end date. Both are conditional updates, so running twice (or on two instances) changes and
 * sends nothing more.
 */
@Service
public class MembershipEnds implements EmailComposer {

    public static final String EMAIL_KIND = "membership-ending";
    static final int NOTICE_DAYS = 7;

    private final JdbcClient jdbc;
    private final Emails emails;
    private final Users users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MembershipEnds(JdbcClient jdbc, Emails emails, Users users, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.emails = emails;
        this.users = users;
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
        List<UUID> noticed = jdbc.sql("""
                update club_clients set ending_notice_sent_for = membership_ends_on
                where deleted_at is null and status <> 'INACTIVE'
                  and membership_ends_on between :today and :last
                  and ending_notice_sent_for is distinct from membership_ends_on
                returning id""")
                .param("today", today).param("last", today.plusDays(NOTICE_DAYS)).query(UUID.class).list();
        noticed.forEach(clientId -> emails.queue(EMAIL_KIND, clientId));
        return new Run(deactivated, noticed);
    }

    @Override
    public String kind() {
        return EMAIL_KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(UUID clientId) {
        return transaction.execute(status -> jdbc.sql("""
                select c.user_id, c.first_name, c.membership_ends_on, m.access_level
                from club_clients c join club_memberships m on m.id = c.membership_id
                where c.id = :id and c.deleted_at is null and c.status <> 'INACTIVE'""")
                .param("id", clientId)
                .query((rs, n) -> new Ending(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional()
                .flatMap(ending -> Optional.ofNullable(users.contacts(List.of(ending.userId())).get(ending.userId()))
                        .filter(contact -> contact.email() != null)
                        .map(contact -> new OutgoingMail(contact.email(), "Your membership ends on " + ending.endsOn(),
                                """
                                        Hello %s,

                                        your %s membership of the club ends on %s. Talk to the club to renew it; \
                                        after that date your client account becomes inactive.
                                        """.formatted(ending.firstName(), ending.level(), ending.endsOn())))));
    }

    private record Ending(UUID userId, String firstName, LocalDate endsOn, String level) {
    }
}
