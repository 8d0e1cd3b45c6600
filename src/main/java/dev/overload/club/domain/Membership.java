package dev.overload.club.domain;

import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A membership the club sells: a level of access at a price (in the club's currency). */
@Entity
@Table(name = "club_memberships")
class Membership extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private AccessLevel accessLevel;
    private String description;
    private BigDecimal price;

    protected Membership() {
    }

    Membership(MembershipDraft draft) {
        change(draft);
    }

    /** Fields the draft leaves null keep their value. */
    void change(MembershipDraft draft) {
        accessLevel = draft.accessLevel() != null ? draft.accessLevel() : accessLevel;
        description = draft.description() != null ? draft.description() : description;
        price = draft.price() != null ? draft.price() : price;
    }

    MembershipView view(String currency) {
        return new MembershipView(getId(), accessLevel, description, price.setScale(2, RoundingMode.UNNECESSARY),
                currency, getCreatedAt(), getUpdatedAt());
    }
}
