package dev.overload.club.domain;

import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's memberships: everyone signed in reads them, administrators change them. */
@Service
public class Memberships {

    private static final Map<String, String> SORTABLE = Map.of("price", "price", "access_level", "accessLevel",
            "created_at", "createdAt");

    private final MembershipRepository memberships;
    private final ClubSettings settings;

    Memberships(MembershipRepository memberships, ClubSettings settings) {
        this.memberships = memberships;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public ResultPage<MembershipView> list(PageParams page) {
        String currency = settings.get().currency();
        return ResultPage.of(memberships.findAll(page.pageable(SORTABLE, Sort.by("price", "id"))))
                .map(membership -> membership.view(currency));
    }

    @Transactional(readOnly = true)
    public MembershipView get(UUID id) {
        return found(id).view(settings.get().currency());
    }

    @Transactional
    public MembershipView create(CurrentUser caller, MembershipDraft draft) {
        ClubAccess.requireAdmin(caller);
        if (draft.price() == null) {
            throw new InvalidFieldException("price", "is required");
        }
        return memberships.saveAndFlush(new Membership(draft.accessLevel() != null ? draft
                : new MembershipDraft(AccessLevel.STANDARD, draft.description(), draft.price())))
                .view(settings.get().currency());
    }

    @Transactional
    public MembershipView update(CurrentUser caller, UUID id, MembershipDraft draft) {
        ClubAccess.requireAdmin(caller);
        Membership membership = memberships.findForUpdate(id).orElseThrow(Memberships::notFound);
        membership.change(draft);
        return memberships.saveAndFlush(membership).view(settings.get().currency());
    }

    /**
     * Seed 002's ON DELETE SET DEFAULT: the membership's clients move to the club's default membership; with
     * clients and no other default to move them to, the membership stays (409).
     */
    @Transactional
    public void delete(CurrentUser caller, UUID id) {
        ClubAccess.requireAdmin(caller);
        Membership membership = memberships.findForUpdate(id).orElseThrow(Memberships::notFound);
        if (memberships.countClients(id) > 0) {
            UUID fallback = settings.get().defaultMembershipId();
            if (fallback == null || fallback.equals(id)) {
                throw new ConflictException("Clients hold this membership and the club has no other default "
                        + "membership to move them to; set one (PUT /api/club/settings) or move them first");
            }
            memberships.moveClients(id, fallback);
        }
        memberships.delete(membership);
    }

    private Membership found(UUID id) {
        return memberships.findById(id).orElseThrow(Memberships::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Membership");
    }
}
