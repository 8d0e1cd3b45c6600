package dev.overload.shared.config;

import dev.overload.shared.DataDirectory;
import dev.overload.shared.security.PublicEndpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.scheduling.annotation.EnableAsync;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class CoreConfiguration {

    /**
     * The one source of "now": injected everywhere so tests can move time. Microsecond ticks, as PostgreSQL
     * stores them, so a timestamp reads back as it was written.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    /** Health and metrics for probes and scrapers; errors answered at {@code /error} whoever asked. */
    @Bean
    PublicEndpoints operationsEndpoints() {
        return PublicEndpoints.reads("/actuator/health/**", "/actuator/prometheus")
                .and(PublicEndpoints.paths("/error"));
    }

    @Bean
    DataDirectory dataDirectory(@Value("${overload.data-dir}") Path root) {
        return new DataDirectory(root.toAbsolutePath().normalize());
    }
}
