package dev.overload;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 2: the log of the whole test run (every context's, at the levels production uses) holds no
 * password, password hash or token. Runs after every other test class ({@code junit-platform.properties} orders
 * classes by {@code @Order}); it checks the secrets the tests sent or received over HTTP and in emails, and any
 * Argon2 hash or JWT at all.
 */
@Order(Integer.MAX_VALUE)
class LogSecretsTests {

    private static final Pattern ARGON2_HASH = Pattern.compile("\\$argon2id?\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$");
    private static final Pattern JWT = Pattern
            .compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    private static final Pattern MAILED_TOKEN = Pattern.compile("(?:reset token|token=): ?([A-Za-z0-9_-]{20,})");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{20,}");

    @Test
    void theLogOfTheWholeRunHoldsNoPasswordHashOrToken() {
        Set<String> secrets = new HashSet<>(SecretsSeen.all());
        secrets.addAll(mailedTokens());
        Assumptions.assumeTrue(!secrets.isEmpty(), "no other test ran in this JVM");
        String log = CapturedLog.text();
        assertThat(log).as("the captured log").isNotEmpty();

        List<String> leaks = new ArrayList<>();
        Matcher hash = ARGON2_HASH.matcher(log);
        if (hash.find()) {
            leaks.add("a password hash: " + around(log, hash.start()));
        }
        Matcher jwt = JWT.matcher(log);
        if (jwt.find()) {
            leaks.add("an access token: " + around(log, jwt.start()));
        }
        // Opaque tokens are long words; passwords may be anywhere, so each is looked for as it is.
        Set<String> words = new HashSet<>();
        WORD.matcher(log).results().forEach(word -> words.add(word.group()));
        for (String secret : secrets) {
            boolean found = secret.length() >= 20 && WORD.matcher(secret).matches() ? words.contains(secret)
                    : log.contains(secret);
            if (found) {
                leaks.add("a secret the tests used: " + around(log, log.indexOf(secret)));
            }
        }

        System.out.printf("[log secrets] %d secrets looked for in %d characters of log%n", secrets.size(),
                log.length());
        assertThat(leaks).as("secrets in the log").isEmpty();
    }

    private static Set<String> mailedTokens() {
        Set<String> tokens = new HashSet<>();
        for (MimeMessage mail : TestInfrastructure.mailServer().getReceivedMessages()) {
            Matcher token = MAILED_TOKEN.matcher(Mailbox.text(mail));
            while (token.find()) {
                tokens.add(token.group(1));
            }
        }
        return tokens;
    }

    private static String around(String log, int at) {
        int start = Math.max(0, log.lastIndexOf('\n', at) + 1);
        int end = log.indexOf('\n', at);
        return log.substring(start, Math.min(end < 0 ? log.length() : end, start + 300));
    }
}
