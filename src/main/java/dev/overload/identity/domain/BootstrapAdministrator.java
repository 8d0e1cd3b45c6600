package dev.overload.identity.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the configured administrator at start-up when no account has that username yet. Instances starting
 * together take turns (a transaction-level advisory lock), so the second finds the account the first made instead
 * of failing its start on the unique username.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
    /** "ovl" "admin": any constant no other advisory lock of ours uses. */
    private static final long LOCK_KEY = 0x6f766c_61646d69L;

    private final Registrations registrations;
    private final UserRepository users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final IdentityProperties.BootstrapAdmin admin;

    BootstrapAdministrator(Registrations registrations, UserRepository users, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, IdentityProperties properties) {
        this.registrations = registrations;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.admin = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin == null || !admin.isConfigured()) {
            return;
        }
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleRow();
            if (users.usernameTaken(admin.username())) {
                return false;
            }
            if (admin.email() == null || admin.email().isBlank() || admin.password() == null
                    || admin.password().length() < 8) {
                throw new IllegalStateException(
                        "OVERLOAD_BOOTSTRAP_ADMIN_USERNAME is set: OVERLOAD_BOOTSTRAP_ADMIN_EMAIL "
                                + "and an OVERLOAD_BOOTSTRAP_ADMIN_PASSWORD of 8+ characters must be too");
            }
            registrations.createAdministrator(new Registration(admin.username(), admin.email(), admin.password(),
                    null, null));
            return true;
        }));
        if (created) {
            log.info("Created administrator '{}'", admin.username());
        }
    }
}
