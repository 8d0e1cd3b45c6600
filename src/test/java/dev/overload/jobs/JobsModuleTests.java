package dev.overload.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.TestClock;
import dev.overload.jobs.domain.JobPurge;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jobs started on their own: the nightly purge forgets jobs finished longer ago than the retention (90 days). */
@ModuleTest
class JobsModuleTests {

    @Autowired
    JobPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void jobsFinishedBeforeTheRetentionAreForgottenAndTheOthersKept() {
        UUID userId = Rows.user(jdbc);
        Instant now = clock.instant();
        job(userId, "DONE", now.minus(Duration.ofDays(91)));
        UUID recent = job(userId, "FAILED", now.minus(Duration.ofDays(89)));
        UUID queued = job(userId, "QUEUED", null);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select id from jobs where user_id = :user").param("user", userId).query(UUID.class)
                .list()).containsExactlyInAnyOrder(recent, queued);
    }

    private UUID job(UUID userId, String status, Instant finishedAt) {
        return jdbc.sql("""
                insert into jobs (user_id, type, title, status, finished_at, error_status, error_title, error_detail)
                values (:user, 'REPORT', 'A report', :status, :finished,
                        case when :status = 'FAILED' then 500 end, case when :status = 'FAILED' then 'Failed' end,
                        case when :status = 'FAILED' then 'It failed' end)
                returning id""")
                .param("user", userId).param("status", status)
                .param("finished", finishedAt == null ? null : Timestamp.from(finishedAt)).query(UUID.class).single();
    }
}
