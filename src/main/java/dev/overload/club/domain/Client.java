package dev.overload.club.domain;

import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of the club: one per account, with a membership, their details as the club keeps them and the
 * trainer assigned to them. Removing a client keeps the row (and everything the club recorded about them).
 */
@Entity
@Table(name = "club_clients")
class Client extends AuditedEntity {

    private UUID userId;
    private UUID membershipId;
    private String firstName;
    private String lastName;
    private String phoneNumber;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private LocalDate dateOfBirth;
    private BigDecimal weightKg;
    private BigDecimal heightCm;
    @Enumerated(EnumType.STRING)
    private ClientStatus status = ClientStatus.ACTIVE;
    private LocalDate membershipStartedOn;
    private LocalDate membershipEndsOn;
    private UUID trainerId;
    private Instant deletedAt;

    protected Client() {
    }

    Client(UUID userId, UUID membershipId, ClientDetails details) {
        this.userId = userId;
        this.membershipId = membershipId;
        change(details);
    }

    /** Fields the details leave null keep their value. */
    void change(ClientDetails details) {
        firstName = keep(details.firstName(), firstName);
        lastName = keep(details.lastName(), lastName);
        phoneNumber = keep(details.phoneNumber(), phoneNumber);
        gender = keep(details.gender(), gender);
        dateOfBirth = keep(details.dateOfBirth(), dateOfBirth);
        weightKg = keep(details.weightKg(), weightKg);
        heightCm = keep(details.heightCm(), heightCm);
        status = keep(details.status(), status);
        membershipStartedOn = keep(details.membershipStartedOn(), membershipStartedOn);
        membershipEndsOn = keep(details.membershipEndsOn(), membershipEndsOn);
        if (membershipStartedOn != null && membershipEndsOn != null && membershipEndsOn.isBefore(membershipStartedOn)) {
            throw new InvalidFieldException("membership_ends_on",
                    "must not be before membership_started_on");
        }
    }

    void changeMembership(UUID newMembershipId) {
        membershipId = newMembershipId;
    }

    void assign(UUID newTrainerId) {
        trainerId = newTrainerId;
    }

    void remove(Instant at) {
        deletedAt = at;
    }

    boolean isAssignedTo(UUID candidate) {
        return candidate.equals(trainerId);
    }

    UUID userId() {
        return userId;
    }

    UUID trainerId() {
        return trainerId;
    }

    private static <T> T keep(T given, T current) {
        return given != null ? given : current;
    }
}
