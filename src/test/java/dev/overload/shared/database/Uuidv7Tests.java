package dev.overload.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Ids are RFC 9562 version 7 UUIDs on every supported PostgreSQL: 18's built-in {@code uuidv7()}, or before 18
 * the one {@link Uuidv7Backport} creates. {@code .ci/run} runs these against PostgreSQL 15 as well.
 */
@ApiTest
class Uuidv7Tests {

    /** PostgreSQL orders uuids byte by byte, that is as unsigned numbers; {@link UUID#compareTo} is signed. */
    private static final Comparator<UUID> AS_POSTGRESQL_ORDERS = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyServersBefore18GetTheBackport() {
        int version = jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
        List<String> schemas = jdbc.sql("""
                select pronamespace::regnamespace::text from pg_proc
                where proname = 'uuidv7' and pronargs = 0 order by 1""").query(String.class).list();

        assertThat(schemas).containsExactly(version >= 180000 ? "pg_catalog" : "public");
    }

    @Test
    void theFunctionTheMigrationsCallMakesIncreasingVersion7IdsOfNow() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertIncreasingVersion7IdsOfNow(JdbcClient.create(new SingleConnectionDataSource(connection, true)),
                    "uuidv7()");
        }
    }

    /** The backport itself, on whatever server runs the tests: so the embedded PostgreSQL 18 checks it too. */
    @Test
    void theBackportMakesIncreasingVersion7IdsOfNow() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcClient session = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                // Created in this session's temporary schema and rolled back, so nothing is left behind.
                session.sql("set local search_path = pg_temp").update();
                session.sql(Uuidv7Backport.FUNCTION).update();
                assertIncreasingVersion7IdsOfNow(session, "pg_temp.uuidv7()");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Thousands of ids in one statement come faster than the clock's microseconds; a second statement shows
     * the order holds across statements of one connection.
     */
    private static void assertIncreasingVersion7IdsOfNow(JdbcClient session, String function) {
        long before = epochMillis(session);
        List<UUID> ids = new ArrayList<>();
        for (int statement = 0; statement < 2; statement++) {
            ids.addAll(session.sql("select " + function + " from generate_series(1, 5000)").query(UUID.class).list());
        }
        long after = epochMillis(session);

        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).as("variant 10xx").isEqualTo(2);
            // Ids made faster than one a microsecond may run ahead of the clock by at most their number.
            assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + ids.size() / 1000);
        });
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(AS_POSTGRESQL_ORDERS);
    }

    private static long epochMillis(JdbcClient session) {
        return session.sql("select floor(extract(epoch from clock_timestamp()) * 1000)::bigint")
                .query(Long.class).single();
    }
}
