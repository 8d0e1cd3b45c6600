package dev.overload.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Looks up several users at once, for modules that show who made or said something. */
public interface UserDirectory {

    Map<UUID, UserCard> cards(Collection<UUID> userIds);
}
