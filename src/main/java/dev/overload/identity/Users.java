package dev.overload.identity;

import dev.overload.shared.units.WeightUnit;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts as other modules see them: how to show a user, where and when to reach them, their units. */
public interface Users {

    /** How each of the users is shown; closed accounts too, as what they wrote stays. */
    Map<UUID, UserCard> cards(Collection<UUID> userIds);

    /** Where each user can be reached; closed accounts are left out, as nothing reaches them any more. */
    Map<UUID, Contact> contacts(Collection<UUID> userIds);

    /** Where one user can be reached; empty for a closed or unknown account. */
    default Optional<Contact> contact(UUID userId) {
        return Optional.ofNullable(contacts(List.of(userId)).get(userId));
    }

    /** The time zone the user's days and weeks run in (404 for an unknown user). */
    ZoneId timeZone(UUID userId);

    /** The unit the user sees weights in, for work done outside a request of theirs (404 for an unknown user). */
    WeightUnit weightUnit(UUID userId);

    /** The part of seed 004's profile the account holds (404 for a closed or unknown account). */
    Profile profile(UUID userId);

    /** Sets the user's first name (null clears it), as seed 004's profile update does. */
    Profile changeFirstName(UUID userId, String firstName);

    /**
     * Takes one of the user's AI suggestions, atomically: false when none is left (or the account is closed),
     * so of concurrent callers with one left exactly one gets true. Joins the caller's transaction.
     */
    boolean spendAiSuggestion(UUID userId);

    /** The role of an open account; empty for a closed or unknown one. */
    Optional<Role> role(UUID userId);

    /**
     * Opens an account for someone else (a club's new client), with no password, and emails them a single-use
     * link to set one; a conflict when the email already has an account. Answers the new account's id.
     */
    UUID invite(String email, String firstName, String lastName);

    record Profile(UUID id, String firstName, int aiSuggestionsRemaining, Instant createdAt, Instant updatedAt) {
    }

    /**
     * @param email null when the account has none
     * @param emailReminders whether the user wants reminders by email as well as in the app
     */
    record Contact(String email, ZoneId timeZone, boolean emailReminders) {
    }
}
