package dev.overload.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rules every migration keeps, checked on the migrated schema. */
@ApiTest
class SchemaTests {

    @Autowired
    JdbcClient jdbc;

    /**
     * Deleting a row checks (or cascades to) the rows that refer to it: without an index on the referring
     * column, each deleted row scans the whole referring table.
     */
    @Test
    void everyForeignKeyColumnLeadsAnIndex() {
        List<String> unindexed = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                  and not exists (select 1 from pg_index i
                                  where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1""")
                .query(String.class).list();

        assertThat(unindexed).isEmpty();
    }
}
