package dev.overload.shared.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * The migrations give ids the default {@code uuidv7()}, built into PostgreSQL from 18 on. On older servers this
 * creates a function of that name before Flyway migrates, so the landed migrations stay as they are; on 18 it does
 * nothing and the built-in is used. Spring Boot hands every {@link Callback} bean to Flyway, so it runs whichever
 * {@code spring.flyway.locations} are configured.
 */
@Component
class Uuidv7Backport implements Callback {

    /**
     * RFC 9562 version 7 laid out as PostgreSQL 18 does it: 48 bits of Unix milliseconds, the version, 12 bits of
     * sub-millisecond fraction (rand_a), the variant and 62 random bits. {@code clock_timestamp()} counts
     * microseconds; the session remembers the last one used and takes at least the next, so ids made by one
     * connection keep increasing even when the clock has not moved, as 18's do. A rolled-back transaction takes
     * that memory with it, but only its own ids, which no longer exist, may then be overtaken.
     */
    static final String FUNCTION = """
            create or replace function uuidv7() returns uuid
                language plpgsql volatile
            as $$
            declare
                last_us bigint := coalesce(nullif(current_setting('overload.uuidv7_last_us', true), '')::bigint, 0);
                now_us bigint := greatest((extract(epoch from clock_timestamp()) * 1000000)::bigint, last_us + 1);
            begin
                perform set_config('overload.uuidv7_last_us', now_us::text, false);
                return encode(substring(int8send(now_us / 1000) from 3)
                              || int2send(((7 << 12) | (now_us % 1000 * 4096 / 1000))::smallint)
                              || substring(uuid_send(gen_random_uuid()) from 9),
                              'hex')::uuid;
            end
            $$""";

    /**
     * Flyway calls back before it takes its own lock: two instances starting together on an empty database would
     * both replace the function at once and one would fail with "tuple concurrently updated".
     */
    private static final long LOCK_KEY = 0x6f766c_75756964L;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    /** In Flyway's transaction, so the advisory lock is held until the function is committed. */
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            if (hasBuiltIn(statement)) {
                return;
            }
            statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            statement.execute(FUNCTION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create uuidv7() for PostgreSQL before 18", e);
        }
    }

    private static boolean hasBuiltIn(Statement statement) throws SQLException {
        try (ResultSet version = statement.executeQuery("select current_setting('server_version_num')::int")) {
            version.next();
            return version.getInt(1) >= 180000;
        }
    }

    @Override
    public String getCallbackName() {
        return "uuidv7 for PostgreSQL before 18";
    }
}
