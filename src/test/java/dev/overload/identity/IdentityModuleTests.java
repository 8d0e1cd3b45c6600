package dev.overload.identity;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.identity.domain.Accounts;
import dev.overload.identity.domain.PasswordResets;
import dev.overload.identity.domain.Registration;
import dev.overload.identity.domain.Registrations;
import dev.overload.shared.security.SecretTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

@ModuleTest
class IdentityModuleTests {

    @Autowired
    Registrations registrations;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordResets passwordResets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void closingAnAccountIsAnnounced(Scenario scenario) {
        UUID userId = register().getId();

        scenario.stimulate(() -> accounts.delete(userId))
                .andWaitForEventOfType(AccountClosed.class)
                .matchingMappedValue(AccountClosed::userId, userId)
                .toArrive();
    }

    /** The email job carries only the request's id; the token is made as the email is written, stored hashed. */
    @Test
    void aResetEmailCarriesATokenStoredOnlyAsItsHash() {
        var user = register();

        passwordResets.request(user.getEmail(), "192.0.2.1");

        String mail = text(awaitMails(user.getEmail(), 1).getFirst());
        String token = mail.lines().filter(line -> line.startsWith("Your reset token: ")).findFirst().orElseThrow()
                .substring("Your reset token: ".length());
        assertThat(jdbc.sql("select token_hash from password_reset_tokens where user_id = :user")
                .param("user", user.getId()).query(String.class).list()).containsExactly(SecretTokens.hash(token));
        assertThat(jdbc.sql("select task_instance from scheduled_tasks where task_name = 'password-reset-email'")
                .query(String.class).list()).doesNotContain(token);
    }

    private dev.overload.identity.domain.User register() {
        String name = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return registrations.register(new Registration(name, name + "@example.com", "correct-horse-9", null, null),
                "192.0.2.1");
    }
}
