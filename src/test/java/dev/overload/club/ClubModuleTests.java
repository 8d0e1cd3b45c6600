package dev.overload.club;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.club.domain.MembershipEnds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The club on top of the modules it uses: its daily job, run twice at once as two instances might. */
@ModuleTest
class ClubModuleTests {

    @Autowired
    MembershipEnds membershipEnds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private UUID client(UUID membershipId, LocalDate endsOn) {
        return jdbc.sql("""
                insert into club_clients (user_id, membership_id, first_name, last_name, phone_number, date_of_birth,
                                          membership_ends_on, created_at, updated_at, version)
                values (:user, :membership, 'Mia', 'Module', '+4915100000000', date '1990-01-01', :ends, now(), now(),
                        0)
                returning id""")
                .param("user", Rows.user(jdbc)).param("membership", membershipId).param("ends", endsOn)
                .query(UUID.class).single();
    }

    @Test
    void twoRunsAtOnceEndEachMembershipOnceAndQueueEachNoticeOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        UUID membership = jdbc.sql("""
                insert into club_memberships (access_level, price, created_at, updated_at, version)
                values ('STANDARD', 10, now(), now(), 0) returning id""").query(UUID.class).single();
        UUID ended = client(membership, today.minusDays(2));
        UUID ending = client(membership, today.plusDays(7));

        CompletableFuture<MembershipEnds.Run> first = CompletableFuture.supplyAsync(membershipEnds::run);
        CompletableFuture<MembershipEnds.Run> second = CompletableFuture.supplyAsync(membershipEnds::run);
        List<UUID> noticed = new ArrayList<>(first.join().noticed());
        noticed.addAll(second.join().noticed());

        assertThat(jdbc.sql("select status from club_clients where id = :id").param("id", ended)
                .query(String.class).single()).isEqualTo("INACTIVE");
        assertThat(jdbc.sql("select ending_notice_sent_for from club_clients where id = :id").param("id", ending)
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(7));
        assertThat(noticed).containsOnlyOnce(ending).doesNotContain(ended);
    }
}
