package dev.overload.notifications;

/** A plain-text email to one recipient. */
public record OutgoingMail(String to, String subject, String text) {
}
