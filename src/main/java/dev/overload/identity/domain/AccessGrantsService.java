package dev.overload.identity.domain;

import dev.overload.identity.AccessGrants;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.shared.persistence.SqlValues;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants to act for an owner, checked on every request that sends {@code Act-As-User} (one statement, never
 * cached, so a revoked grant stops the next request), and the log of the writes made that way.
 */
@Service
public class AccessGrantsService implements AccessGrants {

    private static final Map<String, String> LOG_SORT = Map.of("created_at", "l.created_at");

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessGrantsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A grant as its owner sees it: whom it lets act for them, since when. */
    public record GrantView(UUID trainerId, String username, String name, String role, Instant createdAt) {
    }

    /** A write made for the owner by someone they granted, as the owner reads it. */
    public record LogEntry(UUID id, UUID actedBy, String actedByUsername, String method, String path, int status,
            Instant createdAt) {
    }

    @Override
    @Transactional
    public void grant(UUID ownerId, UUID granteeId) {
        jdbc.sql("""
                insert into access_grants (owner_id, grantee_id, created_at) values (:owner, :grantee, :now)
                on conflict do nothing""")
                .param("owner", ownerId).param("grantee", granteeId).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    @Transactional
    public void revoke(UUID ownerId, UUID granteeId) {
        jdbc.sql("delete from access_grants where owner_id = :owner and grantee_id = :grantee")
                .param("owner", ownerId).param("grantee", granteeId).update();
    }

    /** The owner grants a trainer (or an administrator) themselves; anyone else is refused, naming the field. */
    @Transactional
    public GrantView grantTrainer(UUID ownerId, UUID trainerId) {
        if (ownerId.equals(trainerId)) {
            throw new InvalidFieldException("trainer_id", "must be someone else");
        }
        String role = jdbc.sql("select role from users where id = :id and deleted_at is null")
                .param("id", trainerId).query(String.class).optional().orElse(null);
        if (!"TRAINER".equals(role) && !"ADMIN".equals(role)) {
            throw new InvalidFieldException("trainer_id", "must be the id of a trainer's account");
        }
        grant(ownerId, trainerId);
        return grants(ownerId).stream().filter(grant -> grant.trainerId().equals(trainerId)).findFirst()
                .orElseThrow();
    }

    /** Revoking a grant the owner does not have is a 404. */
    @Transactional
    public void revokeOwn(UUID ownerId, UUID trainerId) {
        int removed = jdbc.sql("delete from access_grants where owner_id = :owner and grantee_id = :grantee")
                .param("owner", ownerId).param("grantee", trainerId).update();
        if (removed == 0) {
            throw new NotFoundException("Access grant");
        }
    }

    @Transactional(readOnly = true)
    public List<GrantView> grants(UUID ownerId) {
        return jdbc.sql("""
                select g.grantee_id, u.username, coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''),
                       u.username) as name, u.role, g.created_at
                from access_grants g join users u on u.id = g.grantee_id
                where g.owner_id = :owner order by g.created_at, g.grantee_id""")
                .param("owner", ownerId)
                .query((rs, n) -> new GrantView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), SqlValues.instant(rs, 5)))
                .list();
    }

    /** Whether {@code actorId} may act for {@code ownerId} now: a grant, and the owner's account still open. */
    @Transactional(readOnly = true)
    public boolean mayActFor(UUID actorId, UUID ownerId) {
        return jdbc.sql("""
                select exists (select 1 from access_grants g join users u on u.id = g.owner_id
                               where g.owner_id = :owner and g.grantee_id = :actor and u.deleted_at is null)""")
                .param("owner", ownerId).param("actor", actorId).query(Boolean.class).single();
    }

    /** Records a write that {@code actorId} made for {@code ownerId}. */
    @Transactional
    public void logWrite(UUID ownerId, UUID actorId, String method, String path, int status) {
        jdbc.sql("""
                insert into access_log (user_id, acted_by, method, path, status, created_at)
                values (:owner, :actor, :method, :path, :status, :now)""")
                .param("owner", ownerId).param("actor", actorId).param("method", method)
                .param("path", path.length() > 500 ? path.substring(0, 500) : path).param("status", status)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** The writes made for the owner by others, newest first; one statement. */
    @Transactional(readOnly = true)
    public ResultPage<LogEntry> log(UUID ownerId, PageParams page) {
        return SqlPages.page(jdbc, "l.id, l.acted_by, u.username, l.method, l.path, l.status, l.created_at",
                "from access_log l join users u on u.id = l.acted_by where l.user_id = :owner",
                page.orderBy(LOG_SORT, Sort.by(Sort.Order.desc("created_at")), "l.id desc"), Map.of("owner", ownerId),
                page, (rs, n) -> new LogEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), SqlValues.instant(rs, 7)));
    }
}
