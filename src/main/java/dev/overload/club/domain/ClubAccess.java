package dev.overload.club.domain;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.ForbiddenException;
import dev.overload.shared.errors.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The club's role rules for one client and everything of theirs (trainings, plans): an ADMIN reads and
 * changes every client; a TRAINER the clients assigned to them; the client reads their own (and may not change
 * it: 403); for anyone else the client does not exist (404).
 */
@Component
class ClubAccess {

    static final String TRAINER = "TRAINER";

    private final ClientRepository clients;

    ClubAccess(ClientRepository clients) {
        this.clients = clients;
    }

    Client forReading(CurrentUser caller, UUID clientId) {
        Client client = clients.findCurrent(clientId).orElseThrow(ClubAccess::notFound);
        if (!mayRead(caller, client)) {
            throw notFound();
        }
        return client;
    }

    /** Locked for the change. */
    Client forChange(CurrentUser caller, UUID clientId) {
        Client client = clients.findCurrentForUpdate(clientId).orElseThrow(ClubAccess::notFound);
        if (!mayRead(caller, client)) {
            throw notFound();
        }
        if (!caller.isAdmin() && !isAssignedTrainer(caller, client)) {
            throw new ForbiddenException("Only the club's administrators and the client's trainer change this");
        }
        return client;
    }

    static void requireAdmin(CurrentUser caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only the club's administrators do this");
        }
    }

    static boolean isTrainer(CurrentUser caller) {
        return TRAINER.equals(caller.role());
    }

    private static boolean mayRead(CurrentUser caller, Client client) {
        return caller.isAdmin() || isAssignedTrainer(caller, client) || client.userId().equals(caller.id());
    }

    private static boolean isAssignedTrainer(CurrentUser caller, Client client) {
        return isTrainer(caller) && client.isAssignedTo(caller.id());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Client");
    }
}
