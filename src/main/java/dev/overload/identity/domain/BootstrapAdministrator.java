package dev.overload.identity.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the configured administrator at start-up when no account has that username yet. */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final Registrations registrations;
    private final UserRepository users;
    private final IdentityProperties.BootstrapAdmin admin;

    BootstrapAdministrator(Registrations registrations, UserRepository users, IdentityProperties properties) {
        this.registrations = registrations;
        this.users = users;
        this.admin = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin == null || !admin.isConfigured() || users.usernameTaken(admin.username())) {
            return;
        }
        if (admin.email() == null || admin.email().isBlank() || admin.password() == null
                || admin.password().length() < 8) {
            throw new IllegalStateException("OVERLOAD_BOOTSTRAP_ADMIN_USERNAME is set: "
                    + "OVERLOAD_BOOTSTRAP_ADMIN_EMAIL and an OVERLOAD_BOOTSTRAP_ADMIN_PASSWORD of 8+ characters must be too");
        }
        registrations.createAdministrator(new Registration(admin.username(),
                admin.email(), admin.password(), null, null));
        log.info("Created administrator '{}'", admin.username());
    }
}
