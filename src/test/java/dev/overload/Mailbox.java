package dev.overload;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The mails the service sent to one address, from the test SMTP server. The server is shared by every test:
 * only the mails to a test's own users are its own.
 */
public final class Mailbox {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern MAILED_TOKEN = Pattern.compile("(?:reset token|token=): ?([A-Za-z0-9_-]{20,})");

    private Mailbox() {
    }

    public static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(TestInfrastructure.mailServer().getReceivedMessages())
                .filter(message -> addressedTo(message, recipient))
                .toList();
    }

    /** Waits until at least {@code count} mails reached the address, and answers them all. */
    public static List<MimeMessage> awaitMails(String recipient, int count) {
        return await().atMost(TIMEOUT).until(() -> mailsTo(recipient), mails -> mails.size() >= count);
    }

    /** The tokens a mail carries (a reset token, a link with one), which no log may hold. */
    static Stream<String> secrets(MimeMessage mail) {
        return MAILED_TOKEN.matcher(text(mail)).results().map(token -> token.group(1));
    }

    public static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to)
                    .anyMatch(address -> ((InternetAddress) address).getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
