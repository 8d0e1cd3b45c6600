package dev.overload.notifications.domain;

import dev.overload.notifications.OutgoingMail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends email through SMTP when {@code spring.mail.host} is configured, otherwise writes it to the log so
 * a developer without a mail server still receives it. Only the outbox's job sends: a request never waits
 * for (or reveals, by its timing) a mail server.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> smtp, @Value("${overload.mail.from}") String from) {
        this.smtp = smtp;
        this.from = from;
    }

    /** Sends now, in the caller's thread; a failure is thrown for the caller to retry. */
    void deliver(OutgoingMail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (SPRING_MAIL_HOST); email to {} follows.\nSubject: {}\n\n{}",
                    mail.to(), mail.subject(), mail.text());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        sender.send(message);
    }
}
