package dev.overload.notifications;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.subject;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.overload.ModuleTest;
import dev.overload.Rows;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ModuleTest
class NotificationsModuleTests {

    @Autowired
    Emails emails;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQueuedEmailIsWrittenAndSentOnce() {
        UUID reference = UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            emails.queue(Greetings.KIND, reference);
            emails.queue(Greetings.KIND, reference);
        });

        assertThat(subject(awaitMails(reference + "@example.com", 1).getFirst())).isEqualTo("Hello");
    }

    @Test
    void anEmailQueuedByARolledBackTransactionIsNeverSent() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            emails.queue(Greetings.KIND, rolledBack);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> emails.queue(Greetings.KIND, committed));

        awaitMails(committed + "@example.com", 1);
        assertThat(dev.overload.Mailbox.mailsTo(rolledBack + "@example.com")).isEmpty();
    }

    @Test
    void aReminderIsRecordedOncePerOccurrence() {
        UUID userId = Rows.user(jdbc);
        UUID scheduleId = UUID.randomUUID();
        Instant occurrence = Instant.parse("2030-01-07T18:00:00Z");

        Optional<UUID> first = notifications.remind(userId, scheduleId, occurrence, "Workout", "Legs at six");
        Optional<UUID> second = notifications.remind(userId, scheduleId, occurrence, "Workout", "Legs at six");

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(notifications.find(first.orElseThrow()).orElseThrow().userId()).isEqualTo(userId);
    }

    /** An email kind of the test's own: a greeting to {@code <reference>@example.com}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Greetings implements EmailComposer {

        static final String KIND = "greeting";

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Optional<OutgoingMail> compose(UUID reference) {
            return Optional.of(new OutgoingMail(reference + "@example.com", "Hello", "Hello from the outbox."));
        }

        @Bean
        OneTimeTask<Void> greetingEmailTask(Emails emails) {
            return emails.job(KIND);
        }
    }
}
