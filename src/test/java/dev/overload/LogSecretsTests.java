package dev.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 2: the log of the whole test run (every JVM's, every context's, at the levels production uses)
 * holds no password, password hash or token. The build runs it on its own after every other test (see the surefire
 * configuration in pom.xml); it reads what each JVM left in the {@link TestRun} folder: its log, the secrets its
 * tests sent or received over HTTP, and the tokens in the mails its service sent. It looks for those, and for any
 * Argon2 hash or JWT at all.
 */
class LogSecretsTests {

    private static final Pattern ARGON2_HASH = Pattern.compile("\\$argon2id?\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$");
    private static final Pattern JWT = Pattern
            .compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{20,}");

    @Test
    void theLogOfTheWholeRunHoldsNoPasswordHashOrToken() {
        Set<String> secrets = new HashSet<>(TestRun.values("secrets"));
        secrets.addAll(TestRun.values("mailed-secrets"));
        Assumptions.assumeTrue(!secrets.isEmpty(), "no other test of this run has ended");
        String log = TestRun.text("log");
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

    private static String around(String log, int at) {
        int start = Math.max(0, log.lastIndexOf('\n', at) + 1);
        int end = log.indexOf('\n', at);
        return log.substring(start, Math.min(end < 0 ? log.length() : end, start + 300));
    }
}
