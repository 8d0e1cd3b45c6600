package dev.overload.shared;

/** A plain-text email to one recipient. */
public record OutgoingMail(String to, String subject, String text) {
}
