package dev.overload.identity;

import java.util.UUID;

/**
 * Who may act for whom: a grantee (a trainer) with the owner's grant uses every endpoint as the owner, by the
 * header {@code Act-As-User}. Owners grant and revoke themselves; the modules above grant for them (the club,
 * when it assigns a client's trainer).
 */
public interface AccessGrants {

    /** Lets {@code granteeId} act for {@code ownerId}; granting again changes nothing. */
    void grant(UUID ownerId, UUID granteeId);

    /** Ends the grant, if there is one. */
    void revoke(UUID ownerId, UUID granteeId);
}
