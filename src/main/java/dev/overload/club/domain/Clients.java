package dev.overload.club.domain;

import dev.overload.identity.AccessGrants;
import dev.overload.identity.Role;
import dev.overload.identity.Users;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.ForbiddenException;
import dev.overload.shared.errors.InvalidFieldException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, changing and removing clients, and assigning their trainer. A client belongs to an existing account,
 * or to a new one opened for them and invited by email. The assigned trainer holds the client's access grant,
 * so they act for the client on every endpoint; a new trainer takes the old one's place there too.
 */
@Service
public class Clients {

    private final ClientRepository clients;
    private final ClientQueries queries;
    private final ClubAccess access;
    private final ClubSettings settings;
    private final MembershipRepository memberships;
    private final Users users;
    private final AccessGrants grants;
    private final Clock clock;

    Clients(ClientRepository clients, ClientQueries queries, ClubAccess access, ClubSettings settings,
            MembershipRepository memberships, Users users, AccessGrants grants, Clock clock) {
        this.clients = clients;
        this.queries = queries;
        this.access = access;
        this.settings = settings;
        this.memberships = memberships;
        this.users = users;
        this.grants = grants;
        this.clock = clock;
    }

    /**
     * A client of {@code userId}'s account, or (when {@code email} is given instead) of a new account invited by
     * email. Without a membership the club's default is taken.
     */
    @Transactional
    public ClientView create(CurrentUser caller, UUID userId, String email, UUID membershipId,
            ClientDetails details) {
        ClubAccess.requireAdmin(caller);
        if ((userId == null) == (email == null)) {
            throw new InvalidFieldException(userId == null ? "user_id" : "email",
                    "give either user_id (an existing account) or email (to invite a new one)");
        }
        UUID membership = membership(membershipId);
        UUID owner = userId;
        if (owner == null) {
            owner = users.invite(email, details.firstName(), details.lastName());
        } else if (users.role(owner).isEmpty()) {
            throw new InvalidFieldException("user_id", "must be the id of an open account");
        } else if (clients.existsForUser(owner)) {
            throw new ConflictException("This account is already a client of the club");
        }
        Client client = clients.saveAndFlush(new Client(owner, membership, details));
        return queries.byId(client.getId());
    }

    /** Administrators change everything; the assigned trainer the client's own details, not the membership. */
    @Transactional
    public ClientView update(CurrentUser caller, UUID clientId, UUID membershipId, ClientDetails details) {
        Client client = access.forChange(caller, clientId);
        if (!caller.isAdmin() && (membershipId != null || details.touchesMembership())) {
            throw new ForbiddenException("Only the club's administrators change a client's membership and status");
        }
        if (membershipId != null) {
            client.changeMembership(membership(membershipId));
        }
        client.change(details);
        clients.saveAndFlush(client);
        return queries.byId(clientId);
    }

    /** The club's records stay, and so does the account; the trainer's access ends. */
    @Transactional
    public void delete(CurrentUser caller, UUID clientId) {
        ClubAccess.requireAdmin(caller);
        Client client = access.forChange(caller, clientId);
        if (client.trainerId() != null) {
            grants.revoke(client.userId(), client.trainerId());
        }
        client.remove(clock.instant());
    }

    /** Assigns a trainer (null: none); the new trainer may act for the client, the previous one no longer. */
    @Transactional
    public ClientView assignTrainer(CurrentUser caller, UUID clientId, UUID trainerId) {
        ClubAccess.requireAdmin(caller);
        Client client = access.forChange(caller, clientId);
        if (client.userId().equals(trainerId)) {
            throw new InvalidFieldException("trainer_id", "must be someone other than the client");
        }
        if (trainerId != null && users.role(trainerId).filter(role -> role == Role.TRAINER).isEmpty()) {
            throw new InvalidFieldException("trainer_id", "must be the id of a trainer's account");
        }
        if (client.trainerId() != null && !client.trainerId().equals(trainerId)) {
            grants.revoke(client.userId(), client.trainerId());
        }
        if (trainerId != null) {
            grants.grant(client.userId(), trainerId);
        }
        client.assign(trainerId);
        clients.saveAndFlush(client);
        return queries.byId(clientId);
    }

    private UUID membership(UUID membershipId) {
        if (membershipId == null) {
            UUID fallback = settings.get().defaultMembershipId();
            if (fallback == null) {
                throw new InvalidFieldException("membership_id", "is required: the club has no default membership");
            }
            return fallback;
        }
        if (!memberships.existsById(membershipId)) {
            throw new InvalidFieldException("membership_id", "must be the id of a membership");
        }
        return membershipId;
    }
}
