package dev.overload.club.domain;

import java.math.BigDecimal;

/** A membership's fields as given; on update a null field keeps its value. */
public record MembershipDraft(AccessLevel accessLevel, String description, BigDecimal price) {
}
