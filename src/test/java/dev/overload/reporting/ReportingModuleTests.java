package dev.overload.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.TestClock;
import dev.overload.reporting.domain.ReportPurge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reporting started on its own (with the modules it reads): the purge removes expired reports and their files. */
@ModuleTest
class ReportingModuleTests {

    @Autowired
    ReportPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Value("${overload.data-dir}")
    Path dataDir;

    @Test
    void thePurgeRemovesExpiredReportsWithTheirFilesAndKeepsTheOthers() throws IOException {
        UUID userId = Rows.user(jdbc);
        Instant now = clock.instant();
        UUID expired = report(userId, now.minus(Duration.ofMinutes(1)));
        UUID kept = report(userId, now.plus(Duration.ofDays(1)));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select id from reports where user_id = :user").param("user", userId).query(UUID.class)
                .list()).containsExactly(kept);
        assertThat(file(userId, expired)).doesNotExist();
        assertThat(file(userId, kept)).exists();
    }

    private Path file(UUID userId, UUID reportId) {
        return dataDir.resolve("reports").resolve(userId.toString()).resolve(reportId + ".csv");
    }

    /** A generated CSV report with its file, expiring at {@code expiresAt}. */
    private UUID report(UUID userId, Instant expiresAt) throws IOException {
        UUID reportId = UUID.randomUUID();
        Path file = file(userId, reportId);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "week_start,sessions\r\n");
        jdbc.sql("""
                insert into reports (id, user_id, type, format, title, file_name, period_from, period_to,
                                     weight_unit, time_zone, file_path, size_bytes, generated_at, expires_at)
                values (:id, :user, 'PROGRESS', 'CSV', 'Progress report', 'progress-report.csv', current_date,
                        current_date, 'KG', 'UTC', :path, 21, now(), :expires)""")
                .param("id", reportId).param("user", userId).param("path", userId + "/" + reportId + ".csv")
                .param("expires", Timestamp.from(expiresAt)).update();
        return reportId;
    }
}
