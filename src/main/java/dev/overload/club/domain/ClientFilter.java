package dev.overload.club.domain;

import java.util.UUID;

/** The list's filters, each optional: status, membership, trainer, and a search in names and phone number. */
public record ClientFilter(ClientStatus status, UUID membershipId, UUID trainerId, String search) {
}
