package dev.overload;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.FileSystemUtils;

/**
 * The parts of the test world: a movable clock, the HTTP client, an SMTP server (whose mailed tokens are written to
 * the {@link TestRun} folder when the JVM ends, for {@code LogSecretsTests}), a temporary data dir, a database of
 * the context's own, and a gate that holds jobs mid-way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    private static final GreenMail MAIL = startMailServer();

    public static GreenMail mailServer() {
        return MAIL;
    }

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    JobGate jobGate() {
        return new JobGate();
    }

    @Bean
    Api api(Environment environment) {
        return new Api(environment);
    }

    private static GreenMail startMailServer() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestRun.write("mailed-secrets",
                Arrays.stream(greenMail.getReceivedMessages()).flatMap(Mailbox::secrets).toList()), "mailed-secrets"));
        return greenMail;
    }

    /**
     * Settings that must exist before the context starts: where mail goes, where data is kept (with the test JVM's
     * signing key: {@link DataDirectoryTemplate}), and a database of the context's own ({@link TestDatabase}) unless
     * one is configured (SPRING_DATASOURCE_URL, as {@code .ci/run} sets for PostgreSQL 15), which every context then
     * shares.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("overload-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DataDirectoryTemplate.copySigningKeyTo(dataDir);
            ConfigurableEnvironment environment = context.getEnvironment();
            Map<String, Object> settings = new HashMap<>(Map.of("spring.mail.host", "127.0.0.1",
                    "spring.mail.port", MAIL.getSmtp().getPort(),
                    "overload.data-dir", dataDir.toString()));
            if (!environment.containsProperty("spring.datasource.url")) {
                settings.put("spring.datasource.url", TestDatabase.newDatabase(environment));
                // Registered before any bean, so destroyed after every one of them: the connection pool is closed.
                ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("testDatabase",
                        TestDatabase::release);
            }
            environment.getPropertySources().addFirst(new MapPropertySource("test-infrastructure", settings));
            context.addApplicationListener(
                    (ContextClosedEvent closed) -> FileSystemUtils.deleteRecursively(dataDir.toFile()));
        }
    }
}
