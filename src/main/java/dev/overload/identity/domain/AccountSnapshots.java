package dev.overload.identity.domain;

import dev.overload.identity.Role;
import dev.overload.shared.units.HeightUnit;
import dev.overload.shared.units.WeightUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every authenticated request needs to know of its caller: whether the account is still open, its role
 * and token generation (so a token issued before a role change, a logout or a new password stops at once) and
 * its units and time zone. One primary-key read per request and no cache: a cache could not be told by another
 * instance that the account changed, and a revoked token would pass there until it expired.
 */
@Component
public class AccountSnapshots {

    private final JdbcClient jdbc;

    AccountSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account as it is now; empty for an id that is no account. */
    public Optional<AccountSnapshot> current(UUID userId) {
        return jdbc.sql("""
                select deleted_at is null as active, role, token_generation, weight_unit, height_unit, time_zone
                from users where id = :id""")
                .param("id", userId)
                .query((rs, row) -> new AccountSnapshot(rs.getBoolean(1), Role.valueOf(rs.getString(2)),
                        rs.getLong(3), WeightUnit.valueOf(rs.getString(4)), HeightUnit.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .optional();
    }
}
