package dev.overload.club.domain;

import dev.overload.shared.paging.SqlFilter;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.ForbiddenException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import dev.overload.shared.persistence.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients as the club reads them, one statement each: a filtered, sorted page (an administrator sees every
 * client, a trainer their own), one client, and the caller's own client record.
 */
@Service
public class ClientQueries {

    private static final String COLUMNS = """
            c.id, c.user_id, c.membership_id, m.access_level, c.first_name, c.last_name, c.phone_number, c.gender,
            c.date_of_birth, c.weight_kg, c.height_cm, c.status, c.membership_started_on, c.membership_ends_on,
            c.trainer_id, c.created_at, c.updated_at""";
    private static final String JOINED = "from club_clients c join club_memberships m on m.id = c.membership_id";
    private static final String CURRENT = "c.deleted_at is null";
    private static final String FROM = JOINED + " where " + CURRENT;
    private static final Map<String, String> SORTABLE = Map.of("last_name", "lower(c.last_name)", "first_name",
            "lower(c.first_name)", "created_at", "c.created_at", "date_of_birth", "c.date_of_birth",
            "membership_ends_on", "c.membership_ends_on");

    private final JdbcClient jdbc;
    private final ClubAccess access;

    ClientQueries(JdbcClient jdbc, ClubAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Administrators list every client, trainers the clients assigned to them; anyone else may not (403). */
    @Transactional(readOnly = true)
    public ResultPage<ClientView> list(CurrentUser caller, ClientFilter filter, PageParams page) {
        if (!caller.isAdmin() && !ClubAccess.isTrainer(caller)) {
            throw new ForbiddenException("Only the club's administrators and trainers "
                    + "list clients");
        }
        SqlFilter sql = new SqlFilter(JOINED).where(CURRENT);
        if (!caller.isAdmin()) {
            sql.where("c.trainer_id = :caller", "caller", caller.id());
        }
        sql.when(filter.status(), "c.status = :status", "status", ClientStatus::name)
                .when(filter.membershipId(), "c.membership_id = :membership", "membership")
                .when(filter.trainerId(), "c.trainer_id = :trainer", "trainer")
                .whenText(filter.search(), "(c.first_name ilike :search escape '!' or c.last_name ilike :search "
                        + "escape '!' or c.phone_number like :search escape '!' or (c.first_name || ' ' || "
                        + "c.last_name) ilike :search escape '!')", "search",
                        search -> "%" + SqlFilter.likeEscaped(search) + "%");
        return SqlPages.page(jdbc, COLUMNS, sql, page.orderBy(SORTABLE, Sort.by("last_name", "first_name"),
                "c.id"), page, (rs, n) -> view(rs));
    }

    @Transactional(readOnly = true)
    public ClientView get(CurrentUser caller, UUID clientId) {
        access.forReading(caller, clientId);
        return byId(clientId);
    }

    /** The caller's own client record. */
    @Transactional(readOnly = true)
    public ClientView mine(CurrentUser caller) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " and c.user_id = :user").param("user", caller.id())
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> new NotFoundException("Client"));
    }

    ClientView byId(UUID clientId) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " and c.id = :id").param("id", clientId)
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> new NotFoundException("Client"));
    }

    private static ClientView view(ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        return new ClientView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("membership_id", UUID.class), AccessLevel.valueOf(rs.getString("access_level")),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone_number"),
                gender == null ? null : Gender.valueOf(gender), rs.getObject("date_of_birth", LocalDate.class),
                rs.getBigDecimal("weight_kg"), rs.getBigDecimal("height_cm"),
                ClientStatus.valueOf(rs.getString("status")),
                rs.getObject("membership_started_on", LocalDate.class),
                rs.getObject("membership_ends_on", LocalDate.class), rs.getObject("trainer_id", UUID.class),
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "updated_at"));
    }
}
