package dev.overload.notifications;

import java.util.Optional;
import java.util.UUID;

/** Writes the emails of one kind at the moment they are sent (see {@link Emails}). */
public interface EmailComposer {

    /** The kind of email, unique among composers, e.g. {@code password-reset}. */
    String kind();

    /** The email about {@code reference}, or empty when there is nothing to send any more. */
    Optional<OutgoingMail> compose(UUID reference);
}
